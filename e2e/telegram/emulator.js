#!/usr/bin/env node
// The Telegram Bot API emulator that hoidap's end-to-end test
// (cmd/hoidap/e2e_test.go) runs `hoidap serve` against, on loopback.
//
//   npm ci                        # once, in this folder
//   node emulator.js [PORT]       # PORT, else $TG_EMU_PORT, else 9000
//
// It serves the npm package telegram-test-api, an independent emulator of
// the Bot API, on 127.0.0.1, and puts in front of the package's routes what
// a bot built on github.com/go-telegram/bot needs and the package lacks:
//
//   - go-telegram/bot posts every call as multipart/form-data, an empty body
//     for calls without parameters; the package reads JSON and urlencoded
//     bodies only. Multipart bodies are read here.
//   - getUpdates waits for an update up to its timeout (at most 25 s), as
//     Telegram's long polling does, rather than answering [] at once.
//   - setMyCommands, deleteMyCommands, setChatMenuButton, sendChatAction,
//     answerCallbackQuery and answerInlineQuery answer true; setWebhook
//     registers the webhook and answers true; getWebhookInfo answers an
//     empty info; getChatMember answers "member", or the status set with
//     POST /_setChatMember.
//   - A webhook that cannot be reached is logged; the emulator goes on.
//
// and what a test needs to act and check (plain HTTP, JSON bodies):
//
//   POST /_calls {token}                          the Bot API calls the bot made:
//                                                 {ok, result: [{token, method, body, time}]}
//   POST /_sendUpdate {botToken, update}          queue any raw update (an inline query ...)
//   POST /_setChatMember {token, chat_id, user_id, status}
//                                                 what getChatMember answers for them
//
// The package's own user-side calls stay: POST /sendMessage, /sendCommand,
// /sendCallback, /getUpdates {token, chatId} (the bot's unread messages in
// a chat) and /getUpdatesHistory.
//
// It prints "telegram emulator listening on URL pid=N" once it serves, and
// stops on SIGTERM or SIGINT, answering the getUpdates calls that wait.
'use strict';

const express = require('express');
const TelegramServer = require('telegram-test-api');

/** The longest a getUpdates call waits for an update, in seconds. */
const MAX_POLL_SECONDS = 25;

/** Bot API methods the package lacks that answer a plain true here. */
const ANSWER_TRUE = [
  'setMyCommands',
  'deleteMyCommands',
  'setChatMenuButton',
  'sendChatAction',
  'answerCallbackQuery',
  'answerInlineQuery',
];

function portFromArgs(argv, env) {
  const arg = argv.find((a) => /^\d+$/.test(a));
  const port = Number(arg || env.TG_EMU_PORT || 9000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`bad port ${arg || env.TG_EMU_PORT}`);
  }
  return port;
}

/** Sends a Bot API error answer. */
function apiError(res, code, description) {
  res.status(code).json({ ok: false, error_code: code, description });
}

/**
 * readMultipart sets req.body from a multipart/form-data request; files
 * become a short description of themselves.
 */
async function readMultipart(req, res, next) {
  const type = req.headers['content-type'] || '';
  if (!type.startsWith('multipart/form-data')) {
    next();
    return;
  }
  try {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks);
    const body = {};
    if (raw.length > 0) {
      const form = await new Request('http://emulator.invalid/', {
        method: 'POST',
        headers: { 'content-type': type },
        body: raw,
      }).formData();
      for (const [name, value] of form.entries()) {
        body[name] = typeof value === 'string' ? value : `(file ${value.name}, ${value.size} bytes)`;
      }
    }
    req.body = body;
    req._body = true; // body-parser in the package's app leaves it alone
    next();
  } catch (err) {
    apiError(res, 400, `Bad Request: multipart body: ${err.message}`);
  }
}

/** params returns a Bot API call's parameters, from the query and the body. */
function params(req) {
  return { ...req.query, ...(req.body || {}) };
}

function main() {
  const port = portFromArgs(process.argv.slice(2), process.env);
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  const packageApp = server.webServer;
  const app = express();

  const calls = []; // every Bot API call, in order
  const statuses = new Map(); // "token chat user" → chat member status
  const waiting = new Set(); // functions that end a waiting getUpdates

  // Every stored user update wakes the getUpdates calls that wait.
  const addUserUpdate = server.addUserUpdate.bind(server);
  server.addUserUpdate = async (update) => {
    try {
      await addUserUpdate(update);
    } finally {
      for (const wake of [...waiting]) wake();
    }
  };

  // Raw updates are sent as given, by getUpdates and to a webhook alike.
  const formatUpdate = TelegramServer.formatUpdate;
  TelegramServer.formatUpdate = (u) => ('raw' in u ? { update_id: u.updateId, ...u.raw } : formatUpdate(u));

  const unread = (token) => server.storage.userMessages.filter((u) => u.botToken === token && !u.isRead);

  app.use(readMultipart);
  app.use(express.json({ limit: '16mb' }));
  app.use(express.urlencoded({ extended: true }));

  app.all('/bot:token/:method', (req, res, next) => {
    calls.push({ token: req.params.token, method: req.params.method, body: params(req), time: Date.now() });
    next();
  });

  app.all('/bot:token/getUpdates', async (req, res) => {
    const token = req.params.token;
    const timeout = Math.min(Number(params(req).timeout) || 0, MAX_POLL_SECONDS);
    if (timeout > 0 && unread(token).length === 0) {
      await new Promise((resolve) => {
        const timer = setTimeout(wake, timeout * 1000);
        function wake() {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve();
        }
        waiting.add(wake);
        req.on('close', wake);
      });
    }
    if (res.writableEnded || req.socket.destroyed) return;
    const result = unread(token).map((u) => {
      u.isRead = true;
      return TelegramServer.formatUpdate(u);
    });
    res.json({ ok: true, result });
  });

  for (const method of ANSWER_TRUE) {
    app.all(`/bot:token/${method}`, (req, res) => res.json({ ok: true, result: true }));
  }

  app.all('/bot:token/setWebhook', (req, res) => {
    const p = params(req);
    if (!p.url) {
      apiError(res, 400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
      return;
    }
    server.setWebhook(p, req.params.token);
    res.json({ ok: true, result: true, description: 'Webhook was set' });
  });

  app.all('/bot:token/getWebhookInfo', (req, res) => {
    const hook = server.webhooks[req.params.token];
    res.json({ ok: true, result: { url: hook ? hook.url : '', has_custom_certificate: false, pending_update_count: 0 } });
  });

  const memberKey = (token, chat, user) => `${token} ${chat} ${user}`;
  app.all('/bot:token/getChatMember', (req, res) => {
    const p = params(req);
    if (!p.chat_id || !p.user_id) {
      apiError(res, 400, 'Bad Request: chat_id and user_id are required');
      return;
    }
    const status = statuses.get(memberKey(req.params.token, p.chat_id, p.user_id)) || 'member';
    res.json({ ok: true, result: { status, user: { id: Number(p.user_id), is_bot: false, first_name: 'User' } } });
  });

  app.post('/_setChatMember', (req, res) => {
    const { token, chat_id: chat, user_id: user, status } = req.body || {};
    if (!token || !chat || !user || !status) {
      apiError(res, 400, 'Bad Request: give token, chat_id, user_id and status');
      return;
    }
    statuses.set(memberKey(token, chat, user), status);
    res.json({ ok: true, result: true });
  });

  app.post('/_calls', (req, res) => {
    const token = (req.body || {}).token;
    res.json({ ok: true, result: calls.filter((c) => !token || c.token === token) });
  });

  app.post('/_sendUpdate', async (req, res) => {
    const { botToken, update } = req.body || {};
    if (!botToken || typeof update !== 'object' || update === null) {
      apiError(res, 400, 'Bad Request: give botToken and update');
      return;
    }
    try {
      await server.addUserUpdate({ ...server.getCommonFields(botToken), raw: update });
      res.json({ ok: true, result: true });
    } catch (err) {
      apiError(res, 500, `Internal Server Error: ${err.message}`);
    }
  });

  app.use(packageApp); // the package's own routes
  server.webServer = app; // start() serves this.webServer

  // The package posts to a webhook without waiting for the result; an
  // unreachable one must not end the emulator.
  process.on('unhandledRejection', (err) => {
    console.error('telegram emulator: ignored:', err && err.message ? err.message : err);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const wake of [...waiting]) wake();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  server.start().then(
    () => console.log(`telegram emulator listening on ${server.config.apiURL} pid=${process.pid}`),
    (err) => {
      console.error(`telegram emulator: ${err.message}`);
      process.exit(1);
    },
  );
}

main();
