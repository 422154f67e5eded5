/**
 * Every origin the browser requests, from every page, frame, webview and service worker of the context. The suite
 * fails when a request for any host but 127.0.0.1 is not answered inside the browser. The one expected case:
 * VS Code's webviews load their resources from `https://*.vscode-resource.vscode-cdn.net/...`, a name that never
 * resolves, answered by the webview's service worker from code-server on 127.0.0.1. Such a request counts as local
 * only when Playwright reports its response as coming from the service worker. The browser is also told to resolve
 * no other host, so nothing could leave anyway.
 */
import type { BrowserContext, Request } from 'playwright-core';

/** Schemes that never reach the network. */
const localSchemes = new Set(['data:', 'blob:', 'about:', 'vscode-file:', 'chrome-extension:']);

function originOf(url: string): { origin: string; host: string } | undefined {
  try {
    const u = new URL(url);
    if (localSchemes.has(u.protocol)) return undefined;
    return { origin: u.origin === 'null' ? `${u.protocol}//${u.host}` : u.origin, host: u.hostname };
  } catch {
    return { origin: url, host: '' };
  }
}

export class OriginRecorder {
  private readonly counts = new Map<string, number>();
  /** Foreign requests not (yet) known to be answered in the browser, by request. */
  private readonly pending = new Map<Request, string>();
  private readonly answeredInBrowser = new Map<string, number>();

  constructor(private readonly allowedHost = '127.0.0.1') {}

  attach(context: BrowserContext): void {
    context.on('request', (request) => {
      const where = originOf(request.url());
      if (!where) return;
      this.counts.set(where.origin, (this.counts.get(where.origin) ?? 0) + 1);
      if (where.host !== this.allowedHost) this.pending.set(request, where.origin);
    });
    context.on('response', (response) => {
      const origin = this.pending.get(response.request());
      if (origin === undefined || !response.fromServiceWorker()) return;
      this.pending.delete(response.request());
      this.answeredInBrowser.set(origin, (this.answeredInBrowser.get(origin) ?? 0) + 1);
    });
  }

  /** Requests for another host that the browser did not answer itself: origin -> one example URL. */
  foreignOrigins(): ReadonlyMap<string, string> {
    const out = new Map<string, string>();
    for (const [request, origin] of this.pending) if (!out.has(origin)) out.set(origin, request.url());
    return out;
  }

  summary(): string {
    const all = [...this.counts].map(([origin, count]) => `${origin} (${count})`).join(', ') || 'none';
    const sw = [...this.answeredInBrowser].map(([origin, count]) => `${origin} (${count})`).join(', ');
    return sw ? `${all}; answered by the webview service worker: ${sw}` : all;
  }
}

/** Chromium flags: resolve nothing but loopback, and none of the browser's own background traffic. */
export const offlineBrowserArgs = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];
