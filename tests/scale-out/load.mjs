// Load for the scale-out suite: many people at once, and a steady stream of comments whose
// every acknowledgement is remembered, so that none can go missing unnoticed.

import assert from 'node:assert/strict';

const STALL_MS = 120_000;

/** `work(item, index)` for every item, at most `concurrency` at a time; results in order. */
export async function inTurn(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/**
 * Comments posted without pause by `visitors` (logged in) on `proposals`, each with a body
 * of its own. A comment is acknowledged when Tavolo answers 303 (published, on to the
 * thread); anything else (a 502 from the balancer, a reset connection) is a failure, which
 * a person would see and try again.
 */
export class Load {
  constructor(visitors, proposals, label) {
    this.visitors = visitors;
    this.proposals = proposals;
    this.label = `scale-out ${label} ${Date.now().toString(36)}`;
    this.acked = [];
    this.errors = [];
    this.count = 0;
    this.running = false;
    this.waiters = [];
  }

  start(workers) {
    this.running = true;
    this.workers = Array.from({ length: workers }, () => this.work());
    return this;
  }

  async work() {
    while (this.running) {
      const n = this.count++;
      const visitor = this.visitors[n % this.visitors.length];
      const proposal = this.proposals[n % this.proposals.length];
      const body = `${this.label} comment ${n}`;
      try {
        const response = await visitor.post(`/proposals/${proposal}/comments`, { body, stance: 'neutral', parent_id: '' });
        if (response.status === 303) this.acked.push(body);
        else this.errors.push(`${response.status}: ${response.text.slice(0, 120).replace(/\s+/g, ' ')}`);
      } catch (error) {
        this.errors.push(error.cause?.code ?? error.message);
      }
      this.waiters = this.waiters.filter(({ target, resolve }) => (this.acked.length >= target ? resolve() : true));
    }
  }

  acks() {
    return this.acked.length;
  }

  sent() {
    return this.count;
  }

  /** Resolves once `target` comments have been acknowledged; fails after two minutes. */
  acknowledged(target) {
    if (this.acked.length >= target) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const last = this.errors.slice(-3).join('; ') || 'none';
        reject(new Error(`${this.acked.length} of ${target} comments acknowledged after 2 min (last errors: ${last})`));
      }, STALL_MS);
      timer.unref();
      this.waiters.push({
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async stop() {
    this.running = false;
    await Promise.all(this.workers);
    return { acks: this.acked.length, failures: this.errors.length, errors: this.errors };
  }

  /** Every acknowledged comment is in the database, once. */
  async expectAllKept(cluster) {
    const rows = await cluster.query(`SELECT body FROM comment WHERE body LIKE '${this.label} %'`);
    const kept = new Map();
    for (const [body] of rows) kept.set(body, (kept.get(body) ?? 0) + 1);
    const lost = this.acked.filter((body) => !kept.has(body));
    assert.deepEqual(lost, [], `${lost.length} of ${this.acked.length} acknowledged comments are missing`);
    const twice = [...kept].filter(([, n]) => n > 1);
    assert.deepEqual(twice, [], 'no comment was stored twice');
  }
}
