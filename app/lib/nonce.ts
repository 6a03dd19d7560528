import { createContext } from 'react';

/** The CSP nonce of the request being rendered on the server; empty in the browser. */
export const NonceContext = createContext('');
