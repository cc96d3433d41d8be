# Batch runner for audit.test.ts: runs the posture audit (audit/Test-T1559.ps1) against the in-memory registry
# with its other boundaries replaced by fakes driven from the manifest:
#   Test-Elevated          -> $case.elevated
#   Get-DefenderPreference -> $case.defender: null (no Defender module), { "throw": "..." }, or { ids, actions }
#   Get-AuditPolicyCsv     -> $case.auditpol["{GUID}"]: the CSV lines auditpol would print, or { "throw": "..." }
#   Mount-UserHive         -> moves the fake hive "File:<path>" under Users\<mount name> (throws when absent)
#   Dismount-UserHive      -> removes it again; both are logged
# Manifest: { "script": b64, "cases": [ { "id", "registry", "elevated", "defender", "auditpol", "arguments" } ] }
# Result:   { "cases": [ { "id", "exitCode", "stdout": [b64], "errors", "openHandles", "writes", "json", "mounts", "state" } ] }
param([Parameter(Mandatory)] [string] $ManifestPath, [Parameter(Mandatory)] [string] $ResultPath)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'registry-harness.ps1')

$replacements = @{
    # The audit names the hive it opens (LocalMachine, CurrentUser, Users).
    'Open-BaseKey' = 'function Open-BaseKey { param([string] $HiveName) [T1559Test.FakeRegistry]::Current.OpenBaseKey($HiveName) }'
    'Test-Elevated' = 'function Test-Elevated { return [bool]$global:T1559Fake.elevated }'
    'Get-DefenderPreference' = @'
function Get-DefenderPreference {
    $d = $global:T1559Fake.defender
    if ($null -eq $d) { return $null }
    if ($d.PSObject.Properties['throw']) { throw $d.throw }
    return [pscustomobject]@{ AttackSurfaceReductionRules_Ids = [string[]]@($d.ids); AttackSurfaceReductionRules_Actions = [byte[]]@($d.actions) }
}
'@
    'Get-AuditPolicyCsv' = @'
function Get-AuditPolicyCsv {
    param([string] $Guid)
    $a = $global:T1559Fake.auditpol
    if ($null -eq $a -or -not $a.PSObject.Properties[$Guid]) { throw ('auditpol exited with 87: no such subcategory ' + $Guid) }
    $v = $a.$Guid
    if ($v -is [pscustomobject] -and $v.PSObject.Properties['throw']) { throw $v.throw }
    return [string[]]@($v)
}
'@
    'Mount-UserHive' = @'
function Mount-UserHive {
    param([string] $MountName, [string] $File)
    $r = [T1559Test.FakeRegistry]::Current
    $global:T1559Mounts.Add('load ' + $MountName)
    if (-not $r.Hives.ContainsKey('File:' + $File)) { throw ('ERROR: The process cannot access the file because it is being used by another process. (' + $File + ')') }
    $r.Hive('Users').SubKeys[$MountName] = $r.Hives['File:' + $File]
}
'@
    'Dismount-UserHive' = @'
function Dismount-UserHive {
    param([string] $MountName)
    $r = [T1559Test.FakeRegistry]::Current
    $global:T1559Mounts.Add('unload ' + $MountName)
    [void]$r.Hive('Users').SubKeys.Remove($MountName)
}
'@
}

$manifest = [System.IO.File]::ReadAllText($ManifestPath, [System.Text.Encoding]::UTF8) | ConvertFrom-Json
$script = ConvertFrom-B64 $manifest.script
$results = New-Object System.Collections.Generic.List[object]
foreach ($case in $manifest.cases) {
    try {
        $registry = New-FakeRegistry -State $case.registry
        $global:T1559Fake = $case
        $global:T1559Mounts = New-Object System.Collections.Generic.List[string]
        $out = Join-Path ([System.IO.Path]::GetTempPath()) ('t1559-audit-{0}.json' -f [guid]::NewGuid())
        $arguments = @{ Path = $out }
        if ($case.PSObject.Properties['allUsers'] -and $case.allUsers) { $arguments.AllUsers = $true }
        $r = Invoke-WithFakeRegistry -ScriptText $script -Registry $registry -Replacements $replacements -Arguments $arguments
        $json = $null
        if (Test-Path -LiteralPath $out) {
            $json = [System.IO.File]::ReadAllText($out, [System.Text.Encoding]::UTF8)
            Remove-Item -LiteralPath $out -Force
        }
        $results.Add([ordered]@{
            id = $case.id
            exitCode = $r.ExitCode
            stdout = @($r.Stdout | ForEach-Object { ConvertTo-B64 $_ })
            errors = @($r.Errors)
            openHandles = $r.OpenHandles
            writes = $registry.Writes
            json = $json
            mounts = $global:T1559Mounts.ToArray()
            state = (Export-FakeRegistry $registry)
        })
    } catch {
        $results.Add([ordered]@{ id = $case.id; harnessError = $_.Exception.Message })
    }
}
Remove-ScriptFiles
$json = ConvertTo-Json -InputObject ([ordered]@{ cases = $results.ToArray() }) -Depth 14 -Compress
[System.IO.File]::WriteAllText($ResultPath, $json, (New-Object System.Text.UTF8Encoding($false)))
