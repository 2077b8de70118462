/** English strings of the panels over the chats: search, jump to chat, contact, safety number, settings, new chat. */
export const panels = {
  placeholder: 'Panels',
};
