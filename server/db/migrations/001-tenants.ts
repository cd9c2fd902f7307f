// The tenant is the Entra directory (tid). Rows of every later table name theirs in tenant_id.
export const sql = `
CREATE TABLE tenants (
  tenant_id uuid PRIMARY KEY,
  display_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);
`;
