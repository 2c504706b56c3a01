"""The sample county 太湖县: workbooks in the shapes real submissions arrive in,
with planted problems and an exact ledger (samples/README.md).

    spec              the spec's tables and normalisation
    taihu             the county: units, names, words
    workbook          the in-memory workbook (sheets of cells)
    reference_reader  the independent reader: validation and assessment
    factory           logical projects and their money
    recipes           the planted problems, one recipe each
    render            projects -> cells in a sheet's habits
    generator         the workbooks small, county, clean, bench
    ledger            <name>.ledger.json
    writers           .xlsx and .ods files
    verify            the files read back by LibreOffice; T->S vs ICU
"""
