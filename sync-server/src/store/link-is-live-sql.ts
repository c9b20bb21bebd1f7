// Runs on the server. core's link rule (core/links/link-availability.ts) as a SQL condition, for
// the check-and-set of a redemption: a link row is live when the rule would say 'live' of its
// document. The columns mirror the document (document-columns.ts derives them), and
// link-is-live-sql.test.ts holds each dialect's condition to the rule on a real database.

/**
 * The condition on the links row `alias` at the instant `at` (an SQL expression: a parameter or
 * a column holding a canonical ISO instant).
 */
export function linkIsLiveSql(dialect: 'sqlite' | 'postgres', alias: string, at: string): string {
  const notDeleted = dialect === 'sqlite' ? `${alias}.deleted = 0` : `NOT ${alias}.deleted`;
  return `${notDeleted} AND ${alias}.revoked_at IS NULL AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > ${at}) AND ${alias}.use_count < ${alias}.max_uses`;
}
