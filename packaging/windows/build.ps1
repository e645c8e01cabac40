# Build the Windows installer: PyInstaller one-folder app, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (py launcher) and Inno Setup 6.3+ (iscc.exe on PATH or in its default
# folder), and Kazakh.isl beside safety-assistant.iss (see README.md).
# Output: dist\safety-assistant\ and dist\safety-assistant-<version>-windows-setup.exe
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Venv = Join-Path $Root "build\bundle-venv"
$Python = Join-Path $Venv "Scripts\python.exe"

if (-not (Test-Path $Python)) { py -3 -m venv $Venv }
& $Python -m pip install --quiet --upgrade pip
& $Python -m pip install --quiet -e ".[packaging]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
& $Python -m tools.catalogs compile
& $Python -m tools.desktop_entry --inno packaging\windows\messages.iss
& $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\safety-assistant.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& $Python packaging\verify_bundle.py dist\safety-assistant
if ($LASTEXITCODE -ne 0) { throw "the bundle did not pass its checks" }

$Version = & $Python -c "import assistant; print(assistant.__version__)"
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\safety-assistant.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\safety-assistant-$Version-windows-setup.exe"
