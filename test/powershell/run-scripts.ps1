# Batch runner for test/powershell/*.test.ts: one pwsh process runs every case of a manifest and writes the results.
# Manifest: { "scripts": { "<id>": "<script text, base64 UTF-16LE>" },
#             "cases": [ { "id", "registry": <state, see registry-harness.ps1>, "steps": [ "<script id>", ... ] } ] }
# Result:   { "cases": [ { "id", "steps": [ { "exitCode", "stdout": [b64], "errors": [text], "openHandles", "state" } ] } ] }
param([Parameter(Mandatory)] [string] $ManifestPath, [Parameter(Mandatory)] [string] $ResultPath)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'registry-harness.ps1')

$manifest = [System.IO.File]::ReadAllText($ManifestPath, [System.Text.Encoding]::UTF8) | ConvertFrom-Json
$scripts = @{}
foreach ($p in $manifest.scripts.PSObject.Properties) { $scripts[$p.Name] = ConvertFrom-B64 $p.Value }
$results = New-Object System.Collections.Generic.List[object]
foreach ($case in $manifest.cases) {
    $steps = New-Object System.Collections.Generic.List[object]
    try {
        $registry = New-FakeRegistry -State $case.registry
        foreach ($step in $case.steps) {
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $r = Invoke-WithFakeRegistry -ScriptText $scripts[$step] -Registry $registry
            $steps.Add([ordered]@{
                exitCode = $r.ExitCode
                stdout = @($r.Stdout | ForEach-Object { ConvertTo-B64 $_ })
                errors = @($r.Errors)
                openHandles = $r.OpenHandles
                runMs = $watch.ElapsedMilliseconds
                state = (Export-FakeRegistry $registry)
                exportMs = $watch.ElapsedMilliseconds
            })
        }
        $results.Add([ordered]@{ id = $case.id; steps = $steps.ToArray() })
    } catch {
        $results.Add([ordered]@{ id = $case.id; steps = $steps.ToArray(); harnessError = $_.Exception.Message })
    }
}
Remove-ScriptFiles
$json = ConvertTo-Json -InputObject ([ordered]@{ cases = $results.ToArray() }) -Depth 12 -Compress
[System.IO.File]::WriteAllText($ResultPath, $json, (New-Object System.Text.UTF8Encoding($false)))
