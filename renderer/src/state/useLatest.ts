import { useRef } from 'react';
import type { RefObject } from 'react';

/**
 * The value from the latest render, for effects that subscribe once: a parent passing a
 * new callback each render must not tear down and redo the effect (closing and
 * reopening a dialog, moving focus).
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
