// The phone page (phone.html): a learner's phone in the room, voting on the decision the projector
// shows. Light on purpose: no stage, no story engine, no game state; the room's Socket.IO client
// and the protocol's schemas only (docs/ROOM.md, "The phone page").
import './phone/phone.css';
import { connectRoom, type RoomConnection } from './phone/connection.ts';
import { cleanNickname, isPhoneId, newPhoneId, normalizeCode } from './phone/model.ts';
import { guessLocale } from './phone/strings.ts';
import { createPhoneView, type PhoneModel } from './phone/view.ts';

const ID_KEY = 'wudi-turn:phone-id';
const NICK_KEY = 'wudi-turn:phone-nickname';

/** Storage can be refused (a private window, a full disk): the page still works, for this visit. */
function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // kept in memory only
  }
}

function phoneId(): string {
  const known = stored(ID_KEY);
  if (isPhoneId(known)) return known;
  const made = newPhoneId((bytes) => crypto.getRandomValues(bytes));
  store(ID_KEY, made);
  return made;
}

const root = document.getElementById('phone');
if (!root) throw new Error('phone.html must contain #phone');

const params = new URLSearchParams(location.search);
const fromUrl = params.get('room');
const code = fromUrl === null ? null : normalizeCode(fromUrl);

let model: PhoneModel = {
  screen: code ? 'room' : 'form',
  guess: guessLocale(navigator.languages?.length ? navigator.languages : [navigator.language]),
  code: code ?? fromUrl,
  link: 'connecting',
  state: null,
  pending: null,
  notice: null,
  formError: fromUrl !== null && !code ? 'invalid' : null,
  nickname: stored(NICK_KEY),
  nicknameSaved: false,
};
let connection: RoomConnection | null = null;

const update = (change: Partial<PhoneModel>) => {
  model = { ...model, ...change };
  view.render(model);
  if (connection) document.documentElement.dataset.transport = connection.transport();
};

const view = createPhoneView(root, {
  join(raw, nickname) {
    const joining = normalizeCode(raw);
    if (!joining) return update({ formError: 'invalid', code: raw });
    const nick = cleanNickname(nickname);
    store(NICK_KEY, nick);
    // The address now says which room: a reload joins it again.
    const url = new URL(location.href);
    url.searchParams.set('room', joining);
    history.replaceState(null, '', url.href);
    start(joining, nick);
  },
  vote(key) {
    if (!connection || !model.state?.decision?.open) return;
    update({ pending: key, notice: null });
    void connection.vote(key).finally(() => {
      if (model.pending === key) update({ pending: null });
    });
  },
  rename(raw) {
    const nick = cleanNickname(raw);
    store(NICK_KEY, nick);
    update({ nickname: nick, nicknameSaved: true });
    connection?.rename();
  },
});

function start(joining: string, nickname: string | null): void {
  update({ screen: 'room', code: joining, link: 'connecting', formError: null, state: null, nickname });
  connection = connectRoom(
    { code: joining, phoneId: phoneId(), nickname: () => model.nickname },
    {
      link: (link) => {
        // A code that found no room, or a full room: back to the form to try another.
        if (link === 'not-found' || link === 'full') {
          connection = null;
          return update({ link, screen: 'form', state: null });
        }
        update({ link });
      },
      state: (state) => {
        const sameDecision = state.decision?.decisionId === model.state?.decision?.decisionId;
        update({ state, notice: sameDecision ? model.notice : null });
      },
      notice: (notice) => update({ notice }),
    },
  );
}

view.render(model);
if (code) start(code, model.nickname);
else document.getElementById('phone-code-input')?.focus();
