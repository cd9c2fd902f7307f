// Set up before every test file (test/vitest.config.ts); does nothing outside jsdom.
//
// jsdom lays nothing out: every offsetParent is null and the body measures 0 × 0. Tabster (Fluent's
// focus manager) then takes every button for hidden, a dialog focuses its own surface instead of its
// first button, and tabster, seeing focus on no modal content, hides the open dialog (aria-hidden) a
// moment later, which failed dialog tests on a busy machine. As in a browser: an element in the
// document has its parent as offsetParent, and the body the size of a window.
if (typeof document !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.isConnected ? this.parentElement : null;
    },
  });
  document.body.getBoundingClientRect = () => new DOMRect(0, 0, 1280, 800);
}
