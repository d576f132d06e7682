import type { StoreApi } from 'zustand/vanilla';
import { shallow } from 'zustand/vanilla/shallow';

/**
 * Calls `listener` when the part of the state that `select` picks changes (shallowly: a flat
 * object or tuple of values), so a view redraws for what it shows and nothing else.
 */
export function watch<S, T>(
  store: StoreApi<S>,
  select: (state: S) => T,
  listener: (next: T, previous: T) => void,
  equals: (a: T, b: T) => boolean = shallow,
): () => void {
  let previous = select(store.getState());
  return store.subscribe((state) => {
    const next = select(state);
    if (equals(next, previous)) return;
    const before = previous;
    previous = next;
    listener(next, before);
  });
}
