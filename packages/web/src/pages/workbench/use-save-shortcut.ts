import { useEffect, useRef } from 'react';

/** Ctrl+S (Cmd+S on a Mac) saves the evaluation instead of saving the web page. */
export function useSaveShortcut(enabled: boolean, onSave: () => void): void {
  const latest = useRef(onSave);
  latest.current = onSave;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      if (enabled && !e.repeat) latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
