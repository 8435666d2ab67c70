; Inno Setup script for LegalAid on Windows: a per-user install (no administrator rights), a
; start-menu entry, an optional desktop icon and an uninstaller that leaves the user's data alone.
; Build on Windows after the PyInstaller bundle exists (see README.md in this folder):
;   iscc installer\windows\legalaid.iss /DAppVersion=0.1.0

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6A1D2F6E-4C1B-4E0A-9B8E-2F4B7C1D9E53}
AppName=LegalAid
AppVersion={#AppVersion}
AppPublisher=LegalAid
DefaultDirName={localappdata}\Programs\LegalAid
DefaultGroupName=LegalAid
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=legalaid-{#AppVersion}-windows-setup
SetupIconFile=legalaid.ico
UninstallDisplayIcon={app}\LegalAid.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\legalaid\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LegalAid"; Filename: "{app}\LegalAid.exe"
Name: "{group}\{cm:UninstallProgram,LegalAid}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\LegalAid"; Filename: "{app}\LegalAid.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\LegalAid.exe"; Description: "{cm:LaunchProgram,LegalAid}"; Flags: nowait postinstall skipifsilent

; The case database, backups and settings live in the user's AppData\Local\LegalAid folder and are
; not removed by the uninstaller: they hold client files that the NGO may still need.
