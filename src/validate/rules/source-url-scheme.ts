import type { FileRule } from '../rule.js';
import { show } from './display.js';

const WEB_ADDRESS = /^https?:\/\//i;

/** `source/url-scheme`: an article's address is a web address; anything else is a slip or unsafe in a report link. */
export const sourceUrlScheme: FileRule = {
  id: 'source/url-scheme',
  severity: 'warning',
  description: 'The source `url` should be a web address starting with https:// or http://.',
  scope: 'file',
  check(context) {
    const url = context.data.source.url;
    if (url === undefined || WEB_ADDRESS.test(url)) return;
    context.report(
      context.locate(['source', 'url']),
      `expected the web address of the article, starting with https:// or http://; found ${show(url)}. Example: url: https://example.org/2020/02/13/article`,
    );
  },
};
