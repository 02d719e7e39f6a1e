import type { FileRule } from '../rule.js';

/** `source/missing-url`: without an address others cannot find the article. */
export const sourceMissingUrl: FileRule = {
  id: 'source/missing-url',
  severity: 'warning',
  description: 'The source should have a `url`, so that others can find the article.',
  scope: 'file',
  check(context) {
    if (context.data.source.url !== undefined) return;
    context.report(
      context.locate(['source', 'url']),
      'the source has no `url`; add the address of the article so that others can find and check it. Example: url: https://example.org/2020/02/13/article',
    );
  },
};
