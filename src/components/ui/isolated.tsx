/**
 * Article-supplied strings (titles, outlets, bylines, names) shown side by side: each in its
 * own `<bdi>`, so a right-to-left name, or a stray override character, cannot reorder its
 * neighbours ("nwonknu teltuO ,sretueR").
 */
import { Fragment } from 'react';

export function IsolatedList({ items, separator = ', ' }: { items: readonly string[]; separator?: string }) {
  return (
    <>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same name may appear twice; the order is the identity
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>{item}</bdi>
        </Fragment>
      ))}
    </>
  );
}
