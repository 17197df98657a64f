/**
 * Whether an English word takes "an": by its first sound, as far as Graph's names need it. A vowel letter, except
 * the "you" of user, unified... (`a user`, `a unifiedRoleAssignment`) and the "w" of one... (`a oneNote`); `an
 * unknown` keeps its vowel sound.
 */
export function takesAn(word: string): boolean {
  return /^(?:[aei]|o(?!ne)|u(?:n(?!i)|[bdgpt]))/i.test(word);
}
