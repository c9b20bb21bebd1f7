// renderer: a flag that turns itself off again, for "Copied" on a button after a click.
import { useCallback, useEffect, useRef, useState } from 'react';

export function useFlash(durationMs = 1500): [boolean, () => void] {
  const [on, setOn] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = useCallback(() => {
    clearTimeout(timer.current);
    setOn(true);
    timer.current = setTimeout(() => setOn(false), durationMs);
  }, [durationMs]);
  return [on, flash];
}
