import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * With JavaScript, after a form sends the page to an anchor (the activity just added or moved),
 * the keyboard focus goes there too, so the next key press acts on it; without JavaScript the
 * browser scrolls to the anchor, as it always does.
 */
export function useFocusHash(): void {
  const { hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes on every navigation, also to the same hash
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target && target.tabIndex === -1) target.focus({ preventScroll: false });
  }, [hash, key]);
}
