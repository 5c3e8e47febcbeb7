/** Milliseconds without a transform change after which a gesture counts as finished. */
export const GESTURE_IDLE_MS = 160;

/**
 * Tracks whether a pan/zoom gesture is under way. While it is, renderers move a cached picture instead of
 * redrawing every element; `onIdle` fires once the gesture pauses so they can draw crisply again.
 */
export function gestureTracker(onIdle: () => void, idleMs = GESTURE_IDLE_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = false;
  return {
    bump() {
      active = true;
      clearTimeout(timer);
      timer = setTimeout(() => {
        active = false;
        onIdle();
      }, idleMs);
    },
    active: () => active,
    cancel() {
      clearTimeout(timer);
      active = false;
    },
  };
}
