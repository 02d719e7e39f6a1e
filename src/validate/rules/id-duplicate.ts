import type { FileRule, FileRuleContext } from '../rule.js';
import { show } from './display.js';

/** Reports every repeat of an id in one list (`events` or `claims`), naming the line of its first use. */
function checkList(context: FileRuleContext, list: 'events' | 'claims', ids: readonly string[]): void {
  const firstIndex = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, i);
      return;
    }
    const firstLine = context.locate([list, first, 'id']).line;
    const kind = list === 'events' ? 'event' : 'claim';
    context.report(
      context.locate([list, i, 'id']),
      `${kind} id ${show(id)} is already used by the ${kind} on line ${firstLine}; ${kind} ids must be unique within a file. Rename one of them, e.g. ${show(`${id}-2`)}.`,
    );
  });
}

/** `id/duplicate`: event ids and claim ids are each unique within a file. */
export const idDuplicate: FileRule = {
  id: 'id/duplicate',
  severity: 'error',
  description: 'Event ids, and claim ids, must each be unique within a file.',
  scope: 'file',
  check(context) {
    checkList(context, 'events', (context.data.events ?? []).map((event) => event.id));
    checkList(context, 'claims', context.data.claims.map((claim) => claim.id));
  },
};
