# Gathers Qt's DLLs and plugins, and the MinGW/Poppler DLLs, beside the installed binaries, then
# makes the NSIS installer. For an MSYS2 UCRT64 build (as in .github/workflows/build.yml):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\deploy.ps1 -Build build
param(
    [string]$Build = "build",
    [string]$MsysBin = "C:\msys64\ucrt64\bin"
)
$ErrorActionPreference = "Stop"
cmake --install $Build --prefix "$Build\stage"
$bin = Join-Path $Build "stage\bin"

# MSYS2 names the Qt 6 tool windeployqt-qt6; a Qt online install names it windeployqt.
$windeployqt = @("windeployqt-qt6.exe", "windeployqt6.exe", "windeployqt.exe") |
    ForEach-Object { Join-Path $MsysBin $_ } | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $windeployqt) { throw "windeployqt was not found in $MsysBin" }
& $windeployqt --release --no-translations (Join-Path $bin "oversight.exe") (Join-Path $bin "oversight-cli.exe")

# windeployqt copies Qt only: Poppler and the compiler runtime come from MSYS2 too.
$seen = @{}
$queue = New-Object System.Collections.Queue
Get-ChildItem $bin -Filter *.exe | ForEach-Object { $queue.Enqueue($_.FullName) }
while ($queue.Count -gt 0) {
    $file = $queue.Dequeue()
    & objdump -p $file | Select-String "DLL Name: (.*)" | ForEach-Object {
        $dll = $_.Matches[0].Groups[1].Value
        $source = Join-Path $MsysBin $dll
        if (-not $seen.ContainsKey($dll) -and (Test-Path $source)) {
            $seen[$dll] = $true
            Copy-Item $source $bin -Force
            $queue.Enqueue($source)
        }
    }
}
Push-Location $Build
cpack -G NSIS
Pop-Location
