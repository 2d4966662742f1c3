/**
 * `npm run preview`: a small static file server for the built site, under the base path it was
 * built for, so the office sees exactly what the web server will serve. Node only (no shell, no
 * other tools), so it works the same on Windows.
 *
 * The build leaves `.isek-build.json` (`{ "base": "/isek/" }`) in the output folder; that is how
 * the preview knows the base path without being told.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { normaliseBasePath } from '../lib/input/settings/environment.ts';
import { PREVIEW_TEXT } from '../lib/i18n/de.ts';
import { escapeHtml } from '../lib/common/escape-html.ts';

/** The file the build writes into the site folder, naming the base path it was built for. */
export const BUILD_INFO_FILE = '.isek-build.json';

/** What {@link BUILD_INFO_FILE} holds. */
export interface BuildInfo {
  /** The base path the site was built for, e.g. `/isek/`. */
  readonly base: string;
  /** The site's public address from the settings (`siteUrl`), or `null` when none is set. */
  readonly siteUrl: string | null;
}

/** The content of {@link BUILD_INFO_FILE} for a base path and the public address. */
export function formatBuildInfo(base: string, siteUrl: string | null = null): string {
  return `${JSON.stringify({ base: normaliseBasePath(base), siteUrl } satisfies BuildInfo, null, 2)}\n`;
}

/** Reads the build info of a built site; `null` when there is none (an older or foreign build). */
export async function readBuildInfo(siteDir: string): Promise<BuildInfo | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(siteDir, BUILD_INFO_FILE), 'utf8')) as {
      base?: unknown;
      siteUrl?: unknown;
    };
    if (typeof parsed.base !== 'string') return null;
    return {
      base: normaliseBasePath(parsed.base),
      siteUrl: typeof parsed.siteUrl === 'string' ? parsed.siteUrl : null,
    };
  } catch {
    return null;
  }
}

/** MIME types by extension (lower case). Pagefind's index files are binary; `.wasm` must be exact for streaming compilation. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The MIME type of a file name (binary for anything unknown). */
export function mimeTypeOf(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function sendText(res: ServerResponse, status: number, html: string, head: boolean): void {
  res.writeHead(status, { 'Content-Type': MIME_TYPES['.html']!, 'Cache-Control': 'no-store' });
  res.end(head ? undefined : html);
}

function redirect(res: ServerResponse, location: string, status = 301): void {
  res.writeHead(status, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

async function fileInfo(file: string) {
  return stat(file).catch(() => null);
}

async function sendFile(res: ServerResponse, file: string, size: number, status: number, head: boolean): Promise<void> {
  res.writeHead(status, {
    'Content-Type': mimeTypeOf(file),
    'Content-Length': size,
    // A preview shows the newest build after every `npm run build`.
    'Cache-Control': 'no-cache',
  });
  if (head) {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function notFound(res: ServerResponse, siteDir: string, base: string, head: boolean): Promise<void> {
  const page = path.join(siteDir, '404.html');
  const info = await fileInfo(page);
  if (info?.isFile()) return sendFile(res, page, info.size, 404, head);
  sendText(res, 404, PREVIEW_TEXT.notFoundPage(escapeHtml(base)), head);
}

/** How a preview server answers besides serving the files. */
export interface PreviewOptions {
  /** Headers added to every answer (e.g. a Content-Security-Policy to test the site under). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Whether `/` leads to the base path (the address typed by habit). Default on; tests turn it
   * off so a link that misses the base path is a 404 like any other address outside it.
   */
  readonly leadToBase?: boolean;
}

/** Answers one request: files below the base path, `index.html` for folders, the site's 404 page otherwise. */
export async function handlePreviewRequest(
  req: IncomingMessage,
  res: ServerResponse,
  siteDir: string,
  base: string,
  options: PreviewOptions = {},
): Promise<void> {
  for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    res.end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    sendText(res, 400, PREVIEW_TEXT.badRequestPage, head);
    return;
  }
  if (pathname.includes('\0')) {
    sendText(res, 400, PREVIEW_TEXT.badRequestPage, head);
    return;
  }
  if (base !== '/' && `${pathname}/` === base) return redirect(res, base + url.search);
  if (!pathname.startsWith(base)) {
    // The address without the base path, as typed by habit: lead to the site instead of a dead end.
    if (pathname === '/' && options.leadToBase !== false) return redirect(res, base, 302);
    sendText(res, 404, PREVIEW_TEXT.outsideBasePage(escapeHtml(base)), head);
    return;
  }
  const segments = pathname.slice(base.length).split('/').filter(Boolean);
  // `C:` or a backslash in a segment would mean another drive or folder on Windows.
  if (segments.some((segment) => segment.includes(':') || segment.includes('\\')))
    return notFound(res, siteDir, base, head);
  const root = path.resolve(siteDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return notFound(res, siteDir, base, head);

  const info = await fileInfo(file);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
    const index = path.join(file, 'index.html');
    const indexInfo = await fileInfo(index);
    if (indexInfo?.isFile()) return sendFile(res, index, indexInfo.size, 200, head);
    return notFound(res, siteDir, base, head);
  }
  if (info?.isFile()) return sendFile(res, file, info.size, 200, head);
  return notFound(res, siteDir, base, head);
}

/** A server for the built site in `siteDir` under `base` (not yet listening). */
export function createPreviewServer(siteDir: string, base: string, options: PreviewOptions = {}): Server {
  const normalised = normaliseBasePath(base);
  return createServer((req, res) => {
    handlePreviewRequest(req, res, siteDir, normalised, options).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}

/** A preview server listening on the loopback address. */
export interface LocalPreview {
  readonly server: Server;
  /** Scheme, host and port, e.g. `http://127.0.0.1:40123`. */
  readonly origin: string;
  /** The site's address: origin plus base path, ending in `/`. */
  readonly url: string;
  /** The base path the site is served under. */
  readonly base: string;
  /** Stops the server, dropping open connections. */
  close(): Promise<void>;
}

/**
 * Serves the built site on 127.0.0.1 at a free port, for a program that drives a browser over it
 * (the report PDF, the benchmark, the browser tests).
 */
export async function serveLocally(siteDir: string, base: string, options: PreviewOptions = {}): Promise<LocalPreview> {
  const normalised = normaliseBasePath(base);
  const server = createPreviewServer(siteDir, normalised, options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    url: `${origin}${normalised}`,
    base: normalised,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What `npm run preview` is asked for. */
export interface PreviewRequest {
  /** The built site. */
  readonly siteDir: string;
  /** `--base`, overriding the build info. */
  readonly base?: string;
  /** `--port` as typed (default 4321). */
  readonly port?: string;
  /** Writes one line for the office. */
  readonly print: (line: string) => void;
}

/**
 * `npm run preview`: serves the built site under the base path it was built for (from the build
 * info) on localhost, taking the next free port when the first is busy. Resolves with an exit
 * code when it cannot start (no site: 1, bad port: 2); otherwise it runs until stopped.
 */
export async function startPreview(request: PreviewRequest): Promise<number | Server> {
  const { siteDir, print } = request;
  const index = await stat(path.join(siteDir, 'index.html')).catch(() => null);
  if (!index?.isFile()) {
    print(PREVIEW_TEXT.noSite(siteDir));
    return 1;
  }
  const info = await readBuildInfo(siteDir);
  const base = normaliseBasePath(request.base ?? info?.base ?? '/');
  if (!request.base && !info) print(PREVIEW_TEXT.noBuildInfo(base));

  const firstPort = Number(request.port ?? 4321);
  if (!Number.isInteger(firstPort) || firstPort < 1 || firstPort > 65535) {
    print(PREVIEW_TEXT.invalidPort(request.port ?? ''));
    return 2;
  }

  const server = createPreviewServer(siteDir, base);
  let port = firstPort;
  server.on('error', (error: NodeJS.ErrnoException) => {
    // Another preview (or another program) may hold the port: take the next one, a few times.
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) {
      print(PREVIEW_TEXT.portBusy(port, port + 1));
      port += 1;
      server.listen(port, 'localhost');
      return;
    }
    throw error;
  });
  server.on('listening', () => print(PREVIEW_TEXT.serving(`http://localhost:${port}${base}`, siteDir)));
  server.listen(port, 'localhost');
  return server;
}
