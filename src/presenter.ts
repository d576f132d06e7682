// The presenter window: what the trainer sees and the room does not. It owns no game state:
// it draws the latest state the game window sent and sends the trainer's commands back.
import './ui/styles.css';
import './presenter/presenter.css';
import { pairedChannelName } from './classroom/mirror-protocol.ts';
import { connectPresenter, type LinkStatus, type PresenterLink } from './presenter/link.ts';
import { commandForKey } from './presenter/model.ts';
import { pairWithOpener } from './presenter/pairing.ts';
import { createPresenterView } from './presenter/view.ts';

const root = document.getElementById('presenter');
if (!root) throw new Error('presenter.html must contain #presenter');

const view = createPresenterView(root, (command) => link?.send(command));

// A redraw between a button's press and its release would swallow the click (the button is
// replaced under the pointer): while a pointer is down, the newest state waits for its release.
let pointerDown = false;
let waiting: LinkStatus | null = null;
const show = (status: LinkStatus) => {
  if (pointerDown) waiting = status;
  else view.render(status);
};
const release = () => {
  pointerDown = false;
  const status = waiting;
  waiting = null;
  // After the click that this release completes has been handled.
  if (status) window.setTimeout(() => show(status), 0);
};
window.addEventListener(
  'pointerdown',
  () => {
    pointerDown = true;
  },
  { capture: true },
);
window.addEventListener('pointerup', release, { capture: true });
window.addEventListener('pointercancel', release, { capture: true });
const clock = {
  now: () => Date.now(),
  every(ms: number, run: () => void) {
    const id = window.setInterval(run, ms);
    return () => window.clearInterval(id);
  },
};
// The game window talks only on a channel named after its session's secret, which it hands to
// the window it opened (presenter/pairing.ts); a reloaded game window has a new one, and the
// link moves to its channel.
let link: PresenterLink | null = null;
let secret: string | null = null;
const paired =
  typeof BroadcastChannel === 'undefined'
    ? null
    : pairWithOpener(window, clock.every, (next) => {
        if (next === secret) return;
        secret = next;
        link?.close();
        link = connectPresenter(new BroadcastChannel(pairedChannelName(next)), clock, (status) =>
          show(status),
        );
      });
if (paired) view.render({ state: null, silent: false, problem: null });
else view.unpaired();

// The debate timer runs on the clock: the game window sends it only when it starts, stops or resets.
window.setInterval(() => view.tick(Date.now()), 250);

window.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.repeat) return;
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
  // A focused button answers Enter and Space itself.
  if (target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
  const command = commandForKey(event, link?.status().state ?? null);
  if (!command || !link) return;
  event.preventDefault();
  link.send(command);
});

window.addEventListener('pagehide', () => {
  paired?.();
  link?.close();
});
