// This file is added to FerretDB's SQLite backend (package
// internal/backends/sqlite) when the embedded database is built; see
// lib/db/embedded-binary.ts. It is not part of the launcher's own package.

package sqlite

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// plainField is a top-level field name that can be written into SQL as is.
var plainField = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// plainText is a string whose JSON text is the same however it is escaped:
// printable ASCII without the characters JSON encoders may escape.
var plainText = regexp.MustCompile(`^[ !#-%'-;=?-\[\]-~]*$`)

// prepareWhereClause returns a WHERE clause, and its arguments, that narrows a
// query to the rows that can match filter, so that SQLite reads them through
// an index instead of reading the whole table.
//
// Upstream pushes down only a filter that is exactly {_id: <string or
// ObjectId>}. Here every top-level equality to an ObjectId or a plain string
// is pushed down, written exactly as FerretDB writes the expressions of the
// indexes it creates (DefaultColumn->"field"), so that those indexes apply.
//
// The handler still applies the whole filter to the rows returned, so the
// clause may let through rows that do not match, but never leave out one
// that does. In MongoDB {field: v} also matches a document whose field is
// an array holding v: rows whose field is an array (its JSON text starts
// with '[') are let through too, through the same index.
func prepareWhereClause(filter *types.Document) (string, []any) {
	if filter == nil {
		return "", nil
	}

	var conditions []string
	var args []any

	for _, key := range filter.Keys() {
		value := must.NotFail(filter.Get(key))

		switch value := value.(type) {
		case types.ObjectID:
		case string:
			if !plainText.MatchString(value) {
				continue
			}
		default:
			continue
		}

		arg := string(must.NotFail(sjson.MarshalSingleValue(value)))

		switch {
		case key == "_id":
			conditions = append(conditions, fmt.Sprintf(`%s = ?`, metadata.IDColumn))
			args = append(args, arg)

		case plainField.MatchString(key):
			column := fmt.Sprintf(`%s->%q`, metadata.DefaultColumn, key)
			conditions = append(conditions, fmt.Sprintf(`(%[1]s = ? OR (%[1]s >= '[' AND %[1]s < '\'))`, column))
			args = append(args, arg)
		}
	}

	if len(conditions) == 0 {
		return "", nil
	}

	return ` WHERE ` + strings.Join(conditions, ` AND `), args
}
