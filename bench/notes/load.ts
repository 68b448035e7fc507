import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** One simulated editor: a Yjs document synced with the server like the browser does it. */
export interface Editor {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  text: Y.XmlText;
}

/** When each typed character left its editor, by the Yjs id of the item it created. */
const sentAt = new Map<string, number>();
/** Fan-out latencies (ms) measured while recording is on. */
let samples: number[] = [];
let recording = false;

/** Starts a fresh measurement; returns a function that stops it and gives the samples. */
export function record(): () => number[] {
  samples = [];
  recording = true;
  return () => {
    recording = false;
    return samples;
  };
}

/** Connects one editor and waits for its first sync. */
export async function connectEditor(url: string, name: string, cookie?: string): Promise<Editor> {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: CookieWebSocket,
    delay: 200,
    minDelay: 200,
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
  provider.attach();
  await new Promise<void>((resolve, reject) => {
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', () => reject(new Error(`refused: ${name}`)));
  });
  // Every remote update: find the items it carries and how long ago they were typed.
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== provider || !recording) return;
    const now = performance.now();
    for (const struct of Y.decodeUpdate(update).structs) {
      const start = sentAt.get(`${struct.id.client}:${struct.id.clock}`);
      if (start !== undefined) samples.push(now - start);
    }
  });
  // Each editor writes in a paragraph of its own at the end of the notes.
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('default').push([paragraph]);
  return { doc, provider, socket, text };
}

/** Types one character at the end of the editor's paragraph and notes when it left. */
export function typeCharacter(editor: Editor, character: string): void {
  const clock = Y.getState(editor.doc.store, editor.doc.clientID);
  sentAt.set(`${editor.doc.clientID}:${clock}`, performance.now());
  editor.text.insert(editor.text.length, character);
}

/** A small seeded generator (mulberry32), so every run types the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Human speed: each editor types a character every 150–450 ms for `seconds`. */
export async function typeLikeHumans(editors: Editor[], seconds: number, seed: number) {
  const random = seededRandom(seed);
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    editors.map(async (editor) => {
      await sleep(random() * 450);
      while (performance.now() < until) {
        typeCharacter(editor, 'abcdefghij'[Math.floor(random() * 10)]!);
        await sleep(150 + random() * 300);
      }
    }),
  );
}

/** Bursts: every 2–4 s each editor types 15 characters 15 ms apart, for `seconds`. */
export async function typeInBursts(editors: Editor[], seconds: number, seed: number) {
  const random = seededRandom(seed);
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    editors.map(async (editor) => {
      await sleep(random() * 3000);
      while (performance.now() < until) {
        for (let i = 0; i < 15; i += 1) {
          typeCharacter(editor, 'klmnopqrst'[i % 10]!);
          await sleep(15);
        }
        await sleep(2000 + random() * 2000);
      }
    }),
  );
}

/** Closes every editor's connection. */
export function disconnectAll(editors: Editor[]): void {
  for (const editor of editors) {
    editor.provider.destroy();
    editor.socket.destroy();
  }
}
