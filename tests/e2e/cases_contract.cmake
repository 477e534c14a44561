# The data contract (docs/json.md, docs/schemas/): every command's json and yaml validates against
# its published JSON Schema, the schemas are strict enough to catch a renamed or retyped key, and
# every command's tsv reads with Python's csv module. On the built-in library, on the company
# fixture (a one-language ladder of its own over the built-in one) and on a role whose text holds
# terminal escapes, tabs, newlines and bidi controls.
set(CONTRACT ${E2E_DATA}/tools/check_contract.py)
set(SCHEMAS ${PROJECT_SOURCE_DIR}/docs/schemas)

foreach(mode json strict tsv)
  e2e_shell(contract-${mode}-builtin "python3 ${CONTRACT} $CTOLADDER ${SCHEMAS} builtin ${mode}")
  e2e_shell(contract-${mode}-company "python3 ${CONTRACT} $CTOLADDER ${SCHEMAS} ${E2E_DATA}/company/ladder ${mode}")
endforeach()
foreach(mode json tsv)
  e2e_shell(contract-${mode}-hostile "python3 ${CONTRACT} $CTOLADDER ${SCHEMAS} ${E2E_DATA}/hostile-roles ${mode}")
endforeach()
foreach(name contract-json-builtin contract-json-company contract-strict-builtin contract-strict-company)
  set_tests_properties("e2e: ${name}" PROPERTIES TIMEOUT 300)
endforeach()

# Each schema is itself a valid draft-07 schema, and docs/schemas/ is what the generator writes.
e2e_shell(contract-schemas-valid [=[python3 - "$SCHEMAS" <<'PY'
import json, pathlib, sys, jsonschema
files = sorted(pathlib.Path(sys.argv[1]).glob("*.schema.json"))
assert len(files) >= 13, files
for f in files:
    jsonschema.Draft7Validator.check_schema(json.loads(f.read_text()))
print(len(files), "schemas valid")
PY]=])
set_tests_properties("e2e: contract-schemas-valid" PROPERTIES ENVIRONMENT "SCHEMAS=${SCHEMAS}")
e2e_shell(contract-schemas-current "python3 ${PROJECT_SOURCE_DIR}/scripts/make-output-schemas.py --check")

# The README's examples are the binary's real output (its tutorial, on a folder the reader edits,
# is checked by cases_company.cmake's fixture instead).
e2e_shell(readme-examples-are-real
  "python3 ${E2E_DATA}/tools/check_readme_examples.py ${PROJECT_SOURCE_DIR}/README.md \"$(dirname \"$CTOLADDER\")\"")
