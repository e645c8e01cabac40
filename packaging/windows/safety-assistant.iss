; Windows installer of Safety Assistant (Inno Setup 6.3 or later).
;
; Packs the PyInstaller one-folder app (dist\safety-assistant\) into one setup .exe with a
; Start-menu shortcut, an optional desktop shortcut and an uninstaller, in kk, ru and en.
; Build it with packaging\windows\build.ps1, or by hand from the repository root:
;     iscc /DAppVersion=0.1.0 packaging\windows\safety-assistant.iss
; Output: dist\safety-assistant-<version>-windows-setup.exe
;
; Kazakh is not among the languages shipped with Inno Setup: Kazakh.isl beside this script
; is the project's own complete translation of Inno Setup 6's messages.
;
; Signing: build.ps1 passes /DSign and /Ssigntool=... when a certificate is given (see
; build.ps1); then the setup .exe and its uninstaller are signed with a timestamp.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\safety-assistant.iss
#endif
#define AppExe "safety-assistant.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define KazakhMessages AddBackslash(SourcePath) + "Kazakh.isl"

[Setup]
; The licence page: the GNU GPL, version 3 (the third-party notices are installed beside
; the program, THIRD-PARTY-NOTICES.txt).
LicenseFile={#Root}\LICENSE
; AppId identifies the app to Windows across versions: never change it.
AppId={{A3221D78-5F5A-5B74-904A-B10704898647}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppPublisher=Safety Assistant project
AppComments={cm:AppComment}
; Per-user by default: no administrator password, which most users do not have at hand.
; The dialog lets an administrator install for all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Safety Assistant
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\packaging\icons\safety-assistant.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppName}
OutputDir={#Root}\dist
OutputBaseFilename=safety-assistant-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Ask for the language only when Windows' own language is not one of ours.
ShowLanguageDialog=auto
; Close a running copy before files are replaced or removed.
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "kk"; MessagesFile: "{#KazakhMessages}"

#include "messages.iss"

[Tasks]
; Checked by default: many of our users start programs from the desktop.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the whole bundle: files left from an older version could be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\safety-assistant\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{cm:AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

; The user's own data (settings, progress) lives in their AppData folder and is kept on
; uninstall, so a reinstall finds it again.
