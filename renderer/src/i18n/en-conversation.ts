/** English strings of the chat list, conversation and composer. */
export const conversation = {
  placeholder: 'Conversation',
};
