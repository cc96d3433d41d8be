# Reads generated DSC v2 configurations with PowerShell's own parser and reports what the tests check.
# Manifest: { "resources": { "<keyword>": { "module": "...", "properties": { "<name>": { "type": "string" ... } } } },
#             "scripts": [ { "id", "text" (base64 UTF-16LE), "probes": { "<operation id>": [ { "value", "expect" } ] } } ] }
# Result: per script: parse errors (id, message, text), imported modules, resource blocks with their properties,
# and the param block's validation run in pwsh on each probe value.
#
# Why ParseInput with our own keyword table, not ParseFile on a DSC-enabled machine: a `Configuration` block makes
# the parser load the DSC resource schemas (DscClassCache) first, and on Linux that needs the OMI DSC store and
# libmi, which pwsh does not ship; the parser skips the loading when the keyword table already holds
# OMI_ConfigurationDocument (Parser.ConfigurationStatementRule). ParseFile would hide that table
# (DynamicKeyword.Push), ParseInput keeps it. So the resources are declared here from their published schemas
# (test/powershell/dsc-schemas.ts), and the real parser then checks every property name against them
# (InvalidInstanceProperty), as it does on Windows with the modules installed.
param([Parameter(Mandatory)] [string] $ManifestPath, [Parameter(Mandatory)] [string] $ResultPath)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$L = 'System.Management.Automation.Language'

function ConvertFrom-B64 { param([string] $Text) [System.Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Text)) }

function Add-Keyword {
    param([string] $Name, [string] $Body, [string] $NameMode, [hashtable] $Properties)
    $k = New-Object "$L.DynamicKeyword"
    $k.Keyword = $Name
    $k.ResourceName = $Name
    $k.BodyMode = [System.Management.Automation.Language.DynamicKeywordBodyMode]$Body
    $k.NameMode = [System.Management.Automation.Language.DynamicKeywordNameMode]$NameMode
    foreach ($p in $Properties.Keys) {
        $dp = New-Object "$L.DynamicKeywordProperty"
        $dp.Name = $p
        $dp.TypeConstraint = $Properties[$p]
        $k.Properties.Add($p, $dp)
    }
    [System.Management.Automation.Language.DynamicKeyword]::AddKeyword($k)
}

function Get-ValueInfo {
    # What a property's value is, from the AST: a constant (string, number), a variable, or a list of constants.
    param($Statement)
    $expr = $Statement
    if ($expr -is [System.Management.Automation.Language.PipelineAst] -and $expr.PipelineElements.Count -eq 1) { $expr = $expr.PipelineElements[0] }
    if ($expr -is [System.Management.Automation.Language.CommandExpressionAst]) { $expr = $expr.Expression }
    if ($expr -is [System.Management.Automation.Language.StringConstantExpressionAst]) { return [ordered]@{ kind = 'string'; value = $expr.Value } }
    if ($expr -is [System.Management.Automation.Language.ConstantExpressionAst]) { return [ordered]@{ kind = 'number'; value = [string]$expr.Value } }
    if ($expr -is [System.Management.Automation.Language.VariableExpressionAst]) {
        $name = $expr.VariablePath.UserPath
        if ($name -eq 'true' -or $name -eq 'false') { return [ordered]@{ kind = 'bool'; value = $name } }
        return [ordered]@{ kind = 'variable'; value = $name }
    }
    if ($expr -is [System.Management.Automation.Language.ConvertExpressionAst] -and $expr.Child -is [System.Management.Automation.Language.VariableExpressionAst]) {
        # [string]$Param: an [int] parameter passed to a string property.
        return [ordered]@{ kind = 'variable'; value = $expr.Child.VariablePath.UserPath; cast = $expr.Type.TypeName.Name }
    }
    if ($expr -is [System.Management.Automation.Language.ArrayLiteralAst]) {
        $items = @(foreach ($e in $expr.Elements) { Get-ValueInfo $e })
        return [ordered]@{ kind = 'list'; items = $items }
    }
    if ($expr -is [System.Management.Automation.Language.ArrayExpressionAst]) {
        $items = @(foreach ($s in $expr.SubExpression.Statements) { Get-ValueInfo $s })
        return [ordered]@{ kind = 'list'; items = $items }
    }
    return [ordered]@{ kind = 'other'; value = $expr.GetType().Name }
}

$manifest = [System.IO.File]::ReadAllText($ManifestPath, [System.Text.Encoding]::UTF8) | ConvertFrom-Json
$results = New-Object System.Collections.Generic.List[object]
foreach ($script in $manifest.scripts) {
    [System.Management.Automation.Language.DynamicKeyword]::Reset()
    Add-Keyword 'OMI_ConfigurationDocument' 'Hashtable' 'NoName' @{}
    Add-Keyword 'Node' 'ScriptBlock' 'NameRequired' @{}
    Add-Keyword 'Import-DscResource' 'Command' 'NoName' @{ ModuleName = 'string[]'; ModuleVersion = 'string'; Name = 'string[]' }
    foreach ($r in $manifest.resources.PSObject.Properties) {
        $props = @{ DependsOn = 'string[]'; PsDscRunAsCredential = 'PSCredential' }
        foreach ($p in $r.Value.properties.PSObject.Properties) { $props[$p.Name] = $p.Value.type }
        Add-Keyword $r.Name 'Hashtable' 'NameRequired' $props
    }
    $text = ConvertFrom-B64 $script.text
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($text, $script.id, [ref]$tokens, [ref]$errors)
    $parseErrors = @($errors | ForEach-Object { [ordered]@{ id = $_.ErrorId; message = $_.Message; text = $_.Extent.Text } })
    $statements = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.DynamicKeywordStatementAst] }, $true))
    $imports = New-Object System.Collections.Generic.List[string]
    $resources = New-Object System.Collections.Generic.List[object]
    foreach ($st in $statements) {
        $keyword = $st.CommandElements[0].Value
        if ($keyword -eq 'Import-DscResource') {
            $els = $st.CommandElements
            for ($i = 0; $i -lt $els.Count; $i++) {
                if ($els[$i] -is [System.Management.Automation.Language.CommandParameterAst] -and $els[$i].ParameterName -eq 'ModuleName') { $imports.Add($els[$i + 1].Value) }
            }
            continue
        }
        if ($keyword -eq 'Node') { continue }
        $hash = @($st.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.HashtableAst] })
        $name = @($st.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.StringConstantExpressionAst] })[1]
        $props = @(foreach ($pair in $hash[0].KeyValuePairs) { [ordered]@{ name = $pair.Item1.Value; value = (Get-ValueInfo $pair.Item2) } })
        $resources.Add([ordered]@{ keyword = $keyword; name = $name.Value; properties = $props })
    }
    # The param block: each parameter's type and validation attributes, evaluated in pwsh on the probe values of
    # the operation its comment names ("# <operation id>: title").
    $params = New-Object System.Collections.Generic.List[object]
    $config = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.ConfigurationDefinitionAst] }, $true))
    if ($config.Count -eq 1 -and $null -ne $config[0].Body.ScriptBlock.ParamBlock) {
        $previousEnd = $config[0].Body.ScriptBlock.ParamBlock.Extent.StartOffset
        foreach ($p in $config[0].Body.ScriptBlock.ParamBlock.Parameters) {
            $comments = @($tokens | Where-Object { $_.Kind -eq 'Comment' -and $_.Extent.StartOffset -gt $previousEnd -and $_.Extent.EndOffset -lt $p.Extent.StartOffset } | ForEach-Object { $_.Text })
            $previousEnd = $p.Extent.EndOffset
            $opId = $null
            foreach ($c in $comments) { if ($c -match '^# (\S+): ') { $opId = $Matches[1]; break } }
            $attributes = ($p.Attributes | ForEach-Object { $_.Extent.Text }) -join ' '
            $probe = [scriptblock]::Create("param($attributes `$v) `$v")
            $checked = @()
            if ($null -ne $opId -and $script.probes.PSObject.Properties[$opId]) {
                $checked = @(foreach ($v in $script.probes.$opId) {
                    $accepted = $true
                    try { $null = & $probe $v.value } catch { $accepted = $false }
                    [ordered]@{ value = [string]$v.value; expect = [bool]$v.expect; accepted = $accepted }
                })
            }
            $default = $null
            if ($null -ne $p.DefaultValue) { $default = [string](& ([scriptblock]::Create($p.DefaultValue.Extent.Text))) }
            $defaultAccepted = $true
            try { $null = & $probe (& ([scriptblock]::Create($p.DefaultValue.Extent.Text))) } catch { $defaultAccepted = $false }
            $params.Add([ordered]@{ name = $p.Name.VariablePath.UserPath; type = $p.StaticType.Name; opId = $opId; default = $default; defaultAccepted = $defaultAccepted; probes = $checked })
        }
    }
    $results.Add([ordered]@{ id = $script.id; errors = $parseErrors; imports = $imports.ToArray(); resources = $resources.ToArray(); params = $params.ToArray() })
}
[System.Management.Automation.Language.DynamicKeyword]::Reset()
$json = ConvertTo-Json -InputObject ([ordered]@{ scripts = $results.ToArray() }) -Depth 12 -Compress
[System.IO.File]::WriteAllText($ResultPath, $json, (New-Object System.Text.UTF8Encoding($false)))
