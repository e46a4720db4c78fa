// Package library serves many articles at once. It routes each question to
// the one article it is about and answers it from that article alone, with
// an answer engine per article, built when the article is first asked
// about and kept while it is in use.
//
// An answer never mixes the facts of two articles. The article is, in this
// order: the one the caller names (Request.Article); the one the question
// itself names clearly better than any other (Route); the article of the
// previous turn, for a follow-up; the chat's current article
// (Request.Current); the only article, when there is one. Otherwise the
// answer is a choose answer that lists the articles that fit.
//
// The articles come from a Shelf: in memory (NewShelf), or a data dir that
// keeps them on disk.
//
// An editor's curated answer (kept by package store under the question's
// analysis.QuestionKey) is given by the caller instead of asking:
// CuratedCurrent tells whether it was written for the article as it is now
// (Meta.Hash), and CuratedAnswer builds the answer it is given as.
package library
