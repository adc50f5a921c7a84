import { Fn, Token, Tokenization } from 'cdktf';

/**
 * Lists that may be one cdktf list token (a `TerraformVariable` of type list, a resource's list
 * attribute): such a list has one encoded element standing for the whole list, so it cannot be
 * spread, indexed or mapped in TypeScript. These helpers do it in Terraform instead.
 */
export function isListToken(list: readonly string[]): boolean {
  return Tokenization.reverseList(list as string[]) !== undefined;
}

/** `a ++ b ++ …`, in Terraform (`concat`) when any part is a list token. */
export function concatLists(...lists: readonly (readonly string[])[]): string[] {
  return lists.some(isListToken) ? Token.asList(Fn.concat(lists.map((l) => [...l]))) : lists.flatMap((l) => [...l]);
}

/** The first element, in Terraform (`element(list, 0)`) when the list is a token. */
export function firstOf(list: readonly string[]): string {
  return isListToken(list) ? Fn.element(list, 0) : list[0];
}
