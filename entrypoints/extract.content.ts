/** Injected on the user's gesture only (`registration: 'runtime'`); returns the page capture. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { capturePage } from '../extraction/capture-page';

export default defineContentScript({
  registration: 'runtime',
  main: () => capturePage(),
});
