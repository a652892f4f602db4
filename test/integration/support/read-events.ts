export interface TimedEvent {
  name: string;
  data: Record<string, unknown>;
  /** performance.now() when it arrived. */
  at: number;
}

/** Reads a case's SSE stream with a bearer token (as the pages do), keeping every event with its arrival time. */
export async function openEvents(baseUrl: string, path: string, token: string) {
  const controller = new AbortController();
  const seen: TimedEvent[] = [];
  const res = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  if (res.status !== 200) throw new Error(`events: ${res.status}`);
  void (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += value;
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const name = /^event: (\w+)/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (name && data) seen.push({ name, data: JSON.parse(data) as Record<string, unknown>, at: performance.now() });
      }
    }
  })().catch(() => undefined);
  return {
    all: () => [...seen],
    /** The first event matching, waiting up to `ms`; null if none came. */
    async waitFor(pred: (e: TimedEvent) => boolean, ms: number): Promise<TimedEvent | null> {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
        const hit = seen.find(pred);
        if (hit) return hit;
      }
      return null;
    },
    close: () => controller.abort(),
  };
}
