export const TYPING_PASSPHRASE = 'a note-taking crash passphrase';

/** What the child types: long enough never to run out, in three scripts. */
export const ANSWER_TEXT = (
  'He said it in front of the whole team, twice, and Nguyễn Thị Minh Khai heard it too. ' +
  '王芳 was sitting next to me and looked away. Afterwards I wrote down what he said. '
).repeat(40);
