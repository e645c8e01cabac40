# Build the Windows installer: PyInstaller one-folder app, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Windows 10 or 11 (x64), Python 3.11+ (py launcher) and Inno Setup 6.3 or later.
# Output: dist\safety-assistant\, dist\safety-assistant-<version>-windows-setup.exe and
# dist\SHA256SUMS. Any failing step stops the script with its exit code.
#
# Signing (Authenticode, with a timestamp) happens when a certificate is given:
#   WINDOWS_SIGN_PFX + WINDOWS_SIGN_PASSWORD   a .pfx file and its password, or
#   WINDOWS_SIGN_THUMBPRINT                    a certificate in the user's store;
#   WINDOWS_TIMESTAMP_URL                      the RFC 3161 timestamp server of the
#                                              certificate's issuer (required to sign).
# Without them the script says clearly that it built an UNSIGNED installer.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked {
    # Run a program; stop when it fails (PowerShell 5 ignores native exit codes otherwise).
    param([Parameter(Mandatory)] [string] $What, [Parameter(Mandatory)] [scriptblock] $Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

function Find-Program {
    # The first existing path among the candidates, else the program on PATH.
    param([string] $Name, [string[]] $Candidates)
    foreach ($candidate in $Candidates) {
        if ($candidate -and (Test-Path $candidate)) { return $candidate }
    }
    $found = Get-Command $Name -ErrorAction SilentlyContinue
    if ($found) { return $found.Source }
    return $null
}

$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Venv = Join-Path $Root "build\bundle-venv"
$Python = Join-Path $Venv "Scripts\python.exe"

if (-not (Test-Path $Python)) { Invoke-Checked "creating the build venv" { py -3 -m venv $Venv } }
Invoke-Checked "updating pip" { & $Python -m pip install --quiet --upgrade pip }
Invoke-Checked "pip install" { & $Python -m pip install --quiet -e ".[packaging]" }
Invoke-Checked "compiling the catalogs" { & $Python -m tools.catalogs compile }
Invoke-Checked "writing messages.iss" {
    & $Python -m tools.desktop_entry --inno packaging\windows\messages.iss
}
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
        packaging\safety-assistant.spec
}
Invoke-Checked "verifying the bundle" { & $Python packaging\verify_bundle.py dist\safety-assistant }
$Version = (& $Python -c "import assistant; print(assistant.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read the app's version" }

# --- Signing -------------------------------------------------------------------------
$SignArgs = $null
if ($env:WINDOWS_SIGN_PFX -or $env:WINDOWS_SIGN_THUMBPRINT) {
    if (-not $env:WINDOWS_TIMESTAMP_URL) {
        throw "WINDOWS_TIMESTAMP_URL is not set: a signature without a timestamp expires with the certificate"
    }
    $Kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    $KitSigntool = $null
    if (Test-Path $Kits) {
        $KitSigntool = Get-ChildItem $Kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending |
            Select-Object -First 1 -ExpandProperty FullName
    }
    $Signtool = Find-Program "signtool.exe" @($KitSigntool)
    if (-not $Signtool) { throw "signtool.exe not found: install the Windows SDK's signing tools" }
    if ($env:WINDOWS_SIGN_PFX) {
        $SignArgs = @("sign", "/fd", "SHA256", "/td", "SHA256", "/tr", $env:WINDOWS_TIMESTAMP_URL,
                      "/f", $env:WINDOWS_SIGN_PFX, "/p", $env:WINDOWS_SIGN_PASSWORD)
    } else {
        $SignArgs = @("sign", "/fd", "SHA256", "/td", "SHA256", "/tr", $env:WINDOWS_TIMESTAMP_URL,
                      "/sha1", $env:WINDOWS_SIGN_THUMBPRINT)
    }
    foreach ($exe in @("safety-assistant.exe", "safety-assistant-console.exe")) {
        Invoke-Checked "signing $exe" { & $Signtool @SignArgs (Join-Path "dist\safety-assistant" $exe) }
    }
} else {
    Write-Warning ("No certificate (WINDOWS_SIGN_PFX or WINDOWS_SIGN_THUMBPRINT): this is an " +
                   "UNSIGNED build. SmartScreen will warn everyone who runs it; do not publish it.")
}

# --- Installer -----------------------------------------------------------------------
$Iscc = Find-Program "iscc.exe" @(
    (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"))
if (-not $Iscc) {
    $Uninstall = "HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 6_is1"
    $Location = (Get-ItemProperty $Uninstall -ErrorAction SilentlyContinue).InstallLocation
    if ($Location -and (Test-Path (Join-Path $Location "ISCC.exe"))) { $Iscc = Join-Path $Location "ISCC.exe" }
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it, or put ISCC.exe on PATH" }
$IsccArgs = @("/DAppVersion=$Version")
if ($SignArgs) {
    # Inno Setup signs the setup .exe and the uninstaller with the same command ($f = file).
    $Quoted = ($SignArgs | ForEach-Object { if ($_ -match '\s') { "`$q$_`$q" } else { $_ } }) -join " "
    $IsccArgs += @("/DSign", "/Ssigntool=`$q$Signtool`$q $Quoted `$f")
}
Invoke-Checked "Inno Setup" { & $Iscc @IsccArgs packaging\windows\safety-assistant.iss }

$Setup = "safety-assistant-$Version-windows-setup.exe"
$Hash = (Get-FileHash -Algorithm SHA256 (Join-Path "dist" $Setup)).Hash.ToLower()
# The format sha256sum -c reads: hash, two spaces, file name; LF line ends.
[System.IO.File]::WriteAllText((Join-Path $Root "dist\SHA256SUMS"), "$Hash  $Setup`n")
Write-Host "Built dist\$Setup (SHA-256 $Hash, in dist\SHA256SUMS)"
if (-not $SignArgs) { Write-Warning "UNSIGNED: see README.md, Windows, before giving it to anyone." }
