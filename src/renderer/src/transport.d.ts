// `@transport` resolves to preload-transport.ts in the app and to http-transport.ts in the harness build.
declare module '@transport' {
  export { createTransport } from './api/preload-transport';
}
