; Inno Setup 6 script: a Windows installer for the PyInstaller bundle in dist\intakecompanion.
; Build the bundle first (packaging\README.md, "Windows"), then from the top of the checkout:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\intakecompanion.iss
; The installer lands in dist\. Paths below are relative to this file's folder.
; Not built or tested on the project's CI (Linux only); see packaging\README.md.

#define AppId "org.intakecompanion.IntakeCompanion"
#define AppUserModelId "org.intakecompanion.IntakeCompanion"
#define AppName "Intake Companion"
#define AppExe "intakecompanion.exe"
#ifndef AppVersion
  ; Keep in step with __version__ in src\intakecompanion\__init__.py (or pass /DAppVersion=).
  #define AppVersion "0.1.0"
#endif

[Setup]
; The id names the uninstall entry; never change it, or upgrades install beside the old version.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Intake Companion developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed); IT can install for all users with
; /ALLUSERS on the command line or by choosing it in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=intakecompanion-{#AppVersion}-windows-x64-setup
SetupIconFile=intakecompanion.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\intakecompanion\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the vault and settings in %LOCALAPPDATA%\IntakeCompanion are the coach's
; data, not the program's, and uninstalling never removes them.
