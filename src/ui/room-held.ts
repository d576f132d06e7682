/** Where this tab keeps its room's host secret (sessionStorage: a reload keeps the room, nothing else sees it). */
export const HELD_ROOM_KEY = 'wudi-turn:room-host';
