import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { renderToPipeableStream } from 'react-dom/server';
import { type AppLoadContext, type EntryContext, type HandleErrorFunction, ServerRouter } from 'react-router';

type HandleErrorFunctionArgs = Parameters<HandleErrorFunction>[1] & { context: AppLoadContext };

import { NonceContext } from './lib/nonce';

export const streamTimeout = 5_000;

/** Unexpected errors in loaders, actions and rendering go to the request's log line, not to the visitor. */
export function handleError(error: unknown, { request, context }: HandleErrorFunctionArgs) {
  if (request.signal.aborted) return;
  context.logger.error({ err: error, path: new URL(request.url).pathname }, 'unexpected error in a page');
}

/**
 * Renders the whole document before sending it (no streaming of deferred data: our pages
 * have none), with the CSP nonce of this request on every inline script.
 */
export default function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  if (request.method.toUpperCase() === 'HEAD') return new Response(null, { status, headers });
  const nonce = loadContext.nonce;
  return new Promise<Response>((resolve, reject) => {
    let rendered = false;
    const timeout = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onAllReady() {
          rendered = true;
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeout);
              callback();
            },
          });
          headers.set('Content-Type', 'text/html; charset=utf-8');
          pipe(body);
          resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
        },
        onShellError: reject,
        onError(error) {
          status = 500;
          if (rendered) loadContext.logger.error({ err: error }, 'error while rendering');
        },
      },
    );
  });
}
