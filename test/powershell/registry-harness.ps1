# Reusable part of the PowerShell behaviour suite: run a generated script's real text against the in-memory
# registry of FakeRegistry.cs, with exactly one change: its Open-BaseKey function (the registry boundary, in
# templates/intune/registry-settings.ps1.ejs) is replaced through the PowerShell AST by one that opens the fake.
# Works in Windows PowerShell 5.1 and PowerShell 7. Dot-source it, then:
#   $registry = New-FakeRegistry -State $state        # $state: the JSON shape below, already parsed
#   $result = Invoke-WithFakeRegistry -ScriptText $text -Registry $registry
#   $result.ExitCode, $result.Stdout, $result.Errors; Export-FakeRegistry $registry
#
# State shape (all strings base64 of UTF-16LE, so every character crosses JSON and stdout unchanged):
#   { "LocalMachine": { "<key path>": { "values": [ { "name", "kind", "data" } ], "denyRead"?, "denyWrite"? } },
#     "CurrentUser": { ... } }
# data by kind: String/ExpandString a string; DWord a number 0..4294967295 (the stored bits); QWord the unsigned
# decimal text; MultiString a list of strings; Binary lowercase hex (not base64-wrapped).

if (-not ('T1559Test.FakeRegistry' -as [type])) {
    Add-Type -Path (Join-Path $PSScriptRoot 'FakeRegistry.cs')
}

# Script text -> the temporary file holding it with the fake Open-BaseKey (see Invoke-WithFakeRegistry).
$script:ScriptFiles = @{}

function ConvertFrom-B64 {
    param([string] $Text)
    return [System.Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Text))
}

function ConvertTo-B64 {
    param([string] $Text)
    return [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($Text))
}

function New-FakeRegistry {
    param($State)
    $registry = New-Object T1559Test.FakeRegistry
    if ($null -eq $State) {
        return $registry
    }
    foreach ($hiveProp in $State.PSObject.Properties) {
        $hive = $registry.Hive($hiveProp.Name)
        foreach ($keyProp in $hiveProp.Value.PSObject.Properties) {
            $node = $hive
            foreach ($part in ((ConvertFrom-B64 $keyProp.Name) -split '\\')) {
                if ($part -eq '') { continue }
                $child = $null
                if (-not $node.SubKeys.TryGetValue($part, [ref]$child)) {
                    $child = New-Object T1559Test.FakeNode
                    $child.Name = $part
                    $node.SubKeys[$part] = $child
                }
                $node = $child
            }
            $spec = $keyProp.Value
            if ($spec.PSObject.Properties['denyRead']) { $node.DenyRead = $spec.denyRead }
            if ($spec.PSObject.Properties['denyWrite']) { $node.DenyWrite = $spec.denyWrite }
            foreach ($v in @($spec.values)) {
                if ($null -eq $v) { continue }
                $name = ConvertFrom-B64 $v.name
                $value = New-Object T1559Test.FakeValue
                $value.Kind = [Microsoft.Win32.RegistryValueKind]$v.kind
                switch ($v.kind) {
                    'DWord' { $value.Raw = [BitConverter]::ToInt32([BitConverter]::GetBytes([uint32]$v.data), 0) }
                    'QWord' { $value.Raw = [BitConverter]::ToInt64([BitConverter]::GetBytes([uint64]::Parse([string]$v.data)), 0) }
                    'MultiString' { $value.Raw = [T1559Test.FakeRegistry]::EncodeMulti([string[]]@(@($v.data) | ForEach-Object { ConvertFrom-B64 $_ })) }
                    'Binary' { $value.Raw = [byte[]]@(for ($i = 0; $i -lt $v.data.Length; $i += 2) { [Convert]::ToByte($v.data.Substring($i, 2), 16) }) }
                    default { $value.Raw = ConvertFrom-B64 $v.data }
                }
                if (-not $node.Values.ContainsKey($name)) { $node.ValueOrder.Add($name) }
                $node.Values[$name] = $value
            }
        }
    }
    return $registry
}

function Export-FakeRegistry {
    # Every key (also the empty ones a script created), sorted, values in the order they were written.
    param([T1559Test.FakeRegistry] $Registry)
    $out = [ordered]@{}
    foreach ($hiveName in @($Registry.Hives.Keys | Sort-Object)) {
        $keys = [ordered]@{}
        $stack = New-Object System.Collections.Generic.List[object]
        foreach ($child in $Registry.Hives[$hiveName].SubKeys.Values) { $stack.Add(@($child.Name, $child)) }
        $all = New-Object System.Collections.Generic.List[object]
        while ($stack.Count -gt 0) {
            $item = $stack[$stack.Count - 1]
            $stack.RemoveAt($stack.Count - 1)
            $all.Add($item)
            foreach ($child in $item[1].SubKeys.Values) { $stack.Add(@(($item[0] + '\' + $child.Name), $child)) }
        }
        foreach ($item in @($all | Sort-Object { $_[0] })) {
            $node = $item[1]
            $values = @(foreach ($name in $node.ValueOrder) {
                $v = $node.Values[$name]
                $data = switch ($v.Kind) {
                    'DWord' { [BitConverter]::ToUInt32([BitConverter]::GetBytes([int]$v.Raw), 0) }
                    'QWord' { [string][BitConverter]::ToUInt64([BitConverter]::GetBytes([long]$v.Raw), 0) }
                    'MultiString' { , [string[]]@([T1559Test.FakeRegistry]::DecodeMulti([char[]]$v.Raw) | ForEach-Object { ConvertTo-B64 $_ }) }
                    'Binary' { -join @(([byte[]]$v.Raw) | ForEach-Object { $_.ToString('x2') }) }
                    default { ConvertTo-B64 ([string]$v.Raw) }
                }
                [ordered]@{ name = (ConvertTo-B64 $name); kind = [string]$v.Kind; data = $data }
            })
            $keys[(ConvertTo-B64 $item[0])] = [ordered]@{ values = $values }
        }
        $out[$hiveName] = $keys
    }
    return $out
}

function Get-ScriptWithFakeRegistry {
    # The script text with its Open-BaseKey function (found through the parser, not by pattern) replaced by one
    # that opens the fake. Throws unless the script parses cleanly and defines Open-BaseKey exactly once.
    # Replacements: optional function name -> complete replacement text, for scripts with more boundaries than the
    # registry (the posture audit's auditpol, Defender, elevation and hive loading); each must be defined exactly once.
    param([string] $ScriptText, [hashtable] $Replacements = @{})
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($ScriptText, [ref]$tokens, [ref]$errors)
    if ($errors.Count -gt 0) {
        throw ('the script does not parse: ' + (($errors | ForEach-Object { '{0} at line {1}: {2}' -f $_.ErrorId, $_.Extent.StartLineNumber, $_.Message }) -join '; '))
    }
    $all = @{ 'Open-BaseKey' = 'function Open-BaseKey { [T1559Test.FakeRegistry]::Current.OpenBaseKey($HiveName) }' }
    foreach ($name in $Replacements.Keys) { $all[$name] = $Replacements[$name] }
    $edits = @(foreach ($name in $all.Keys) {
        $found = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $n.Name -eq $name }.GetNewClosure(), $true))
        if ($found.Count -ne 1) {
            throw ('expected exactly one function {0} in the script, found {1}' -f $name, $found.Count)
        }
        [pscustomobject]@{ Start = $found[0].Extent.StartOffset; End = $found[0].Extent.EndOffset; Text = $all[$name] }
    })
    # From the end, so earlier offsets stay valid.
    $text = $ScriptText
    foreach ($edit in @($edits | Sort-Object Start -Descending)) {
        $text = $text.Substring(0, $edit.Start) + $edit.Text + $text.Substring($edit.End)
    }
    return $text
}

function Invoke-WithFakeRegistry {
    # Runs the script as a file (so its `exit N` ends the script, not this process, and sets $LASTEXITCODE), with
    # its own StrictMode and ErrorActionPreference. Stdout: what pwsh -File would print on stdout (output and
    # host/information records). Errors: error records, warnings and any exception that escapes the script.
    param([string] $ScriptText, [T1559Test.FakeRegistry] $Registry, [hashtable] $Replacements = @{}, [hashtable] $Arguments = @{})
    # One file per distinct script text, kept for the session: PowerShell caches a script's parse and compiled
    # form by path and content, so a script run again (detect after remediate) starts at once.
    $cacheKey = $ScriptText + [char]0 + (@($Replacements.Keys | Sort-Object | ForEach-Object { $_ + '=' + $Replacements[$_] }) -join [char]0)
    $file = $script:ScriptFiles[$cacheKey]
    if (-not $file) {
        $text = Get-ScriptWithFakeRegistry -ScriptText $ScriptText -Replacements $Replacements
        $file = Join-Path ([System.IO.Path]::GetTempPath()) ('t1559-{0}.ps1' -f [guid]::NewGuid())
        [System.IO.File]::WriteAllText($file, $text, (New-Object System.Text.UTF8Encoding($true)))
        $script:ScriptFiles[$cacheKey] = $file
    }
    [T1559Test.FakeRegistry]::Current = $Registry
    $stdout = New-Object System.Collections.Generic.List[string]
    $errs = New-Object System.Collections.Generic.List[string]
    $global:LASTEXITCODE = 0
    $exitCode = 0
    try {
        & $file @Arguments *>&1 | ForEach-Object {
            if ($_ -is [System.Management.Automation.ErrorRecord]) { $errs.Add('error: ' + $_.ToString()) }
            elseif ($_ -is [System.Management.Automation.WarningRecord]) { $errs.Add('warning: ' + $_.Message) }
            elseif ($_ -is [System.Management.Automation.VerboseRecord] -or $_ -is [System.Management.Automation.DebugRecord]) { }
            else { $stdout.Add([string]$_) }
        }
        $exitCode = $global:LASTEXITCODE
    } catch {
        $errs.Add('uncaught: ' + $_.Exception.Message + ' at ' + $_.InvocationInfo.PositionMessage)
        $exitCode = 1
    } finally {
        [T1559Test.FakeRegistry]::Current = $null
    }
    return [pscustomobject]@{ ExitCode = $exitCode; Stdout = $stdout.ToArray(); Errors = $errs.ToArray(); OpenHandles = $Registry.OpenHandles }
}

function Remove-ScriptFiles {
    # The temporary script files Invoke-WithFakeRegistry kept.
    if ($script:ScriptFiles.Count -gt 0) {
        foreach ($file in $script:ScriptFiles.Values) { Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue }
        $script:ScriptFiles = @{}
    }
}
