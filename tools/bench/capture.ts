import mongoose from 'mongoose';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/*
 * What a route asks the database, read off the wire: a proxy between the server and the
 * embedded database decodes every command (OP_MSG) and times it until its reply. Only for
 * a few requests before the rows (the proxy adds a hop); the rows run without it. Each
 * command is classed as the embedded database runs it: by `_id` (an index lookup), an
 * insert, or a scan of the whole collection (any other filter, docs/database.md). The
 * reads and writes by `_id` are then replayed with the bare driver as the rows' reference.
 */

const { BSON } = mongoose.mongo;

export interface Command {
  name: string;
  collection: string | null;
  /** The command as sent, with its document sequences (an insert's documents) put back in. */
  body: Record<string, unknown>;
  start: number;
  end: number;
  kind: 'by _id' | 'insert' | 'scan' | 'other';
}

/** Commands of the driver itself (connection, monitoring). */
const ignored = new Set([
  'hello',
  'ismaster',
  'isMaster',
  'ping',
  'buildInfo',
  'buildinfo',
  'endSessions',
  'getParameter',
  'saslStart',
  'getMore',
  'killCursors',
]);
/** What the server reads on its own, whatever the request: the job scheduler, the handbook index's stamp, the ticket search index following changes (every 2 s). */
const backgroundCollections = new Set(['jobs', 'jobClaims', 'handbook_stamp', 'ticket_counters', 'ticket_search_changes']);
const writes = new Set(['insert', 'update', 'delete', 'findAndModify']);

function filtersOf(name: string, body: Record<string, unknown>): unknown[] {
  switch (name) {
    case 'find':
      return [body['filter'] ?? {}];
    case 'count':
    case 'distinct':
    case 'findAndModify':
      return [body['query'] ?? {}];
    case 'update':
      return (body['updates'] as { q: unknown }[]).map((statement) => statement.q);
    case 'delete':
      return (body['deletes'] as { q: unknown }[]).map((statement) => statement.q);
    case 'aggregate':
      return [((body['pipeline'] as Record<string, unknown>[])[0] ?? {})['$match'] ?? {}];
    default:
      return [];
  }
}

/** The one filter the embedded database looks up instead of scanning: exactly `{ _id: <value> }`. */
function isById(filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return false;
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== '_id') return false;
  const value = (filter as { _id: unknown })._id;
  return typeof value === 'string' || typeof value === 'number' || value instanceof BSON.ObjectId;
}

function classify(name: string, body: Record<string, unknown>): Command['kind'] {
  if (name === 'insert') return 'insert';
  const filters = filtersOf(name, body);
  if (!filters.length) return 'other';
  return filters.every(isById) ? 'by _id' : 'scan';
}

/** A filter with its values replaced by their types: `{ employeeId: string, link: string, readAt: null }`. */
export function filterShape(command: Command): string {
  const shape = (value: unknown): string => {
    if (value === null) return 'null';
    if (value instanceof Date) return 'date';
    if (value instanceof RegExp) return 'regex';
    if (Array.isArray(value)) return '[…]';
    if (typeof value === 'object') {
      return `{ ${Object.entries(value as Record<string, unknown>)
        .map(([key, inner]) => `${key}: ${shape(inner)}`)
        .join(', ')} }`;
    }
    return typeof value;
  };
  return filtersOf(command.name, command.body).map(shape).join('; ');
}

function decode(frame: Buffer): Record<string, unknown> | null {
  if (frame.readInt32LE(12) !== 2013) return null;
  const end = frame.length - (frame.readUInt32LE(16) & 1 ? 4 : 0);
  let body: Record<string, unknown> = {};
  const sequences: Record<string, unknown[]> = {};
  for (let offset = 20; offset < end;) {
    const kind = frame[offset]!;
    const size = frame.readInt32LE(offset + 1);
    if (kind === 0) {
      body = BSON.deserialize(frame.subarray(offset + 1, offset + 1 + size));
    } else {
      const nul = frame.indexOf(0, offset + 5);
      const documents: unknown[] = [];
      for (let at = nul + 1; at < offset + 1 + size; at += frame.readInt32LE(at))
        documents.push(BSON.deserialize(frame.subarray(at, at + frame.readInt32LE(at))));
      sequences[frame.toString('utf8', offset + 5, nul)] = documents;
    }
    offset += 1 + size;
  }
  return { ...body, ...sequences };
}

/** Splits a socket's bytes into wire protocol messages. */
function messages(socket: Socket, each: (frame: Buffer) => void): void {
  let buffered: Buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    while (buffered.length >= 4 && buffered.length >= buffered.readInt32LE(0)) {
      const length = buffered.readInt32LE(0);
      each(buffered.subarray(0, length));
      buffered = buffered.subarray(length);
    }
  });
}

export class CommandCapture {
  private recording: Command[] | null = null;

  private constructor(
    private readonly server: Server,
    private readonly sockets: Set<Socket>,
  ) {}

  /** A proxy in front of the database at `uri` (`mongodb://host:port/…`). */
  static async start(uri: string): Promise<CommandCapture> {
    const [host, port] = /^mongodb:\/\/([^:/]+):(\d+)/.exec(uri)!.slice(1) as [string, string];
    const sockets = new Set<Socket>();
    const server = createServer();
    const capture = new CommandCapture(server, sockets);
    server.on('connection', (client) => {
      const upstream = connect(Number(port), host);
      sockets.add(client).add(upstream);
      const sent = new Map<number, { body: Record<string, unknown>; start: number }>();
      messages(client, (frame) => {
        if (capture.recording) {
          const body = decode(frame);
          if (body) sent.set(frame.readInt32LE(4), { body, start: performance.now() });
        }
        upstream.write(frame);
      });
      messages(upstream, (frame) => {
        const request = sent.get(frame.readInt32LE(8));
        if (request && capture.recording) {
          sent.delete(frame.readInt32LE(8));
          const name = Object.keys(request.body)[0]!;
          const collection = typeof request.body[name] === 'string' ? (request.body[name] as string) : null;
          if (!ignored.has(name) && !(collection && backgroundCollections.has(collection))) {
            capture.recording.push({ name, collection, body: request.body, start: request.start, end: performance.now(), kind: classify(name, request.body) });
          }
        }
        client.write(frame);
      });
      const close = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return capture;
  }

  /** The connection string to give the server instead of the database's own. */
  uri(database: string): string {
    return `mongodb://127.0.0.1:${(this.server.address() as AddressInfo).port}/${database}`;
  }

  /** The commands sent while `task` runs, in the order they were sent. */
  async record(task: () => Promise<unknown>): Promise<Command[]> {
    const commands: Command[] = [];
    this.recording = commands;
    try {
      await task();
    } finally {
      this.recording = null;
    }
    return commands.sort((a, b) => a.start - b.start);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * The commands in waves: a command sent before any command of the current wave had its
 * reply belongs to it (the route sent them together); otherwise it starts the next wave.
 */
export function waves(commands: readonly Command[]): Command[][] {
  const result: Command[][] = [];
  let current: Command[] = [];
  let firstReply = Infinity;
  for (const command of commands) {
    if (current.length && command.start >= firstReply) {
      result.push(current);
      current = [];
      firstReply = Infinity;
    }
    current.push(command);
    firstReply = Math.min(firstReply, command.end);
  }
  if (current.length) result.push(current);
  return result;
}

const sessionFields = new Set(['$db', 'lsid', '$clusterTime', '$readPreference', 'txnNumber', 'autocommit', 'startTransaction']);

/** The command as the server sent it, without the fields of the server's own session, for the bare driver's `db.command`. */
export function asSent(command: Command): Record<string, unknown> {
  return Object.fromEntries(Object.entries(command.body).filter(([key]) => !sessionFields.has(key)));
}

/** The command ready to send again and again: writes go to a scratch collection (`bench_reference_…`), inserts with fresh ids. */
export function replayable(command: Command, freshId: () => string): Record<string, unknown> {
  const body = asSent(command);
  if (writes.has(command.name)) body[command.name] = `bench_reference_${command.collection}`;
  if (command.name === 'insert') body['documents'] = (body['documents'] as Record<string, unknown>[]).map((document) => ({ ...document, _id: freshId() }));
  return body;
}
