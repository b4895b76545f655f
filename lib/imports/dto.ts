/** What an import answers: how many conversations it stored, and their ids. */
export interface ImportResultDto {
  imported: number;
  conversationIds: string[];
}
