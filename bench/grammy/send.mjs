// The reference peer of the notifier benchmark: sends a workload through grammY, one Bot per token, with
// @grammyjs/transformer-throttler (Telegram's limits: 30/s per bot, 1/s per private chat, 20/min per group) and
// @grammyjs/auto-retry (waits out every 429 and sends again), against the Bot API at `apiRoot`.
//
// Usage: node send.mjs [workload.json]   (without a file, the workload JSON is read from standard input)
// Workload: {"apiRoot": "http://127.0.0.1:PORT", "tokens": ["<bot token>", ...], "chats": [<chat id>, ...],
//            "tasks": 100000, "text": "optional prefix"}
// Message i goes from bot i % bots to chat floor(i / bots) % chats, the order and spread of the Telegate run. All
// are handed to grammY as fast as it takes them, in chunks of 1,000 with a turn of the event loop between chunks so
// sending starts at once (handing in 100,000 sends in one loop blocks the event loop for a minute). Each message's
// latency runs from its hand-in to grammY's answer. Prints one JSON summary on standard output; progress goes to
// standard error.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Bot } from "grammy";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { autoRetry } from "@grammyjs/auto-retry";

const workload = JSON.parse(readFileSync(process.argv[2] ?? 0, "utf8"));
const { apiRoot, tokens, chats, tasks } = workload;
const text = workload.text ?? "Benchmark notification";
if (!apiRoot || !Array.isArray(tokens) || tokens.length === 0 || !Array.isArray(chats) || chats.length === 0
    || !Number.isInteger(tasks) || tasks < 1) {
  console.error("send.mjs: the workload needs apiRoot, tokens, chats and a positive integer tasks");
  process.exit(2);
}

const retryAfters = new Array(tokens.length).fill(0);
const sentAt = tokens.map(() => ({ count: 0, first: Infinity, last: -Infinity }));
const bots = tokens.map((token, index) => {
  const bot = new Bot(token, { client: { apiRoot } });
  // Installed first, so innermost: it sees every raw answer, including the 429s auto-retry then waits out.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const answer = await prev(method, payload, signal);
    if (answer.error_code === 429) {
      retryAfters[index]++;
    }
    return answer;
  });
  bot.api.config.use(apiThrottler());
  bot.api.config.use(autoRetry());
  return bot;
});

const latencies = new Float64Array(tasks);
let delivered = 0;
let failed = 0;
let firstError;
const CHUNK = 1000;
const start = performance.now();
const progress = setInterval(() => {
  console.error(`grammY: ${delivered} delivered, ${failed} failed, ${((performance.now() - start) / 1000).toFixed(0)} s`);
}, 5000);
const sends = new Array(tasks);
for (let i = 0; i < tasks; i++) {
  if (i > 0 && i % CHUNK === 0) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  const botIndex = i % tokens.length;
  const chatId = chats[Math.floor(i / tokens.length) % chats.length];
  const enqueued = performance.now();
  sends[i] = bots[botIndex].api.sendMessage(chatId, `${text} #${i}`).then(() => {
    const now = performance.now();
    latencies[delivered++] = now - enqueued;
    const bot = sentAt[botIndex];
    bot.count++;
    bot.first = Math.min(bot.first, now);
    bot.last = Math.max(bot.last, now);
  }, (error) => {
    failed++;
    firstError ??= String(error?.description ?? error?.message ?? error);
  });
}
const handedIn = (performance.now() - start) / 1000;
await Promise.all(sends);
clearInterval(progress);
const seconds = (performance.now() - start) / 1000;

const sorted = Array.from(latencies.subarray(0, delivered)).sort((a, b) => a - b);
const percentile = (p) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]);
console.log(JSON.stringify({
  implementation: "grammY",
  versions: versions(),
  messages: delivered,
  failed,
  firstError: firstError ?? null,
  seconds,
  handedInSeconds: handedIn,
  retryAfters: retryAfters.reduce((a, b) => a + b, 0),
  p50Millis: percentile(0.5),
  p99Millis: percentile(0.99),
  perBotRates: sentAt.map((b) => (b.count > 1 ? (b.count - 1) / ((b.last - b.first) / 1000) : 0)),
}));

function versions() {
  const read = (name) => JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url))).version;
  return {
    node: process.version,
    grammy: read("grammy"),
    throttler: read("@grammyjs/transformer-throttler"),
    autoRetry: read("@grammyjs/auto-retry"),
  };
}
