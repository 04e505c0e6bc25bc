; Inno Setup script: the Windows installer of EcoPark Planner.
;
; Build the one-folder bundle on Windows first (same spec as Linux), then compile this script,
; passing the version from pyproject.toml:
;   .venv\Scripts\python -m pip install -e .[dev]
;   installer\build_translations.sh (Git Bash) or: .venv\Scripts\pyside6-lrelease resources\i18n\ecopark_zh_CN.ts -qm resources\i18n\ecopark_zh_CN.qm
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\ecopark.spec
;   for /f %v in ('.venv\Scripts\python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"') do set VERSION=%v
;   iscc /DAppVersion=%VERSION% installer\ecopark.iss
; Output: dist\ecopark-planner-<version>-windows-x64-setup.exe
; Per-user install by default (no administrator rights needed on a planner's office laptop).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=0.1.0 installer\ecopark.iss
#endif
#define AppName "EcoPark Planner"
#define AppNameZh "生态园区规划器"
#define BundleDir "..\dist\EcoParkPlanner"

[Setup]
AppId={{6F1B8C52-3E0A-4D7B-9C1E-5A2F7E0B4D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=EcoPark Planner
DefaultDirName={autopf}\EcoPark Planner
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=ecopark-planner-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\ecopark.ico
UninstallDisplayIcon={app}\EcoParkPlanner.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; ChineseSimplified.isl ships with Inno Setup 6.3+ (in older versions it is an "unofficial" download).
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.LaunchApp=Open the demo park now
zh_CN.LaunchApp=立即打开示范园区
en.AssocFiles=Open EcoPark projects (.gpkg) with {#AppName}
zh_CN.AssocFiles=使用{#AppNameZh}打开项目文件（.gpkg）
en.DemoParks=Demo parks
zh_CN.DemoParks=示范园区

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "assoc"; Description: "{cm:AssocFiles}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\EcoParkPlanner.exe"
Name: "{group}\{cm:DemoParks}"; Filename: "{app}\_internal\layouts"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\EcoParkPlanner.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.gpkg\OpenWithProgids"; ValueType: string; ValueName: "EcoParkPlanner.Project"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\EcoParkPlanner.Project"; ValueType: string; ValueName: ""; ValueData: "EcoPark project"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\EcoParkPlanner.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\EcoParkPlanner.exe,0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\EcoParkPlanner.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\EcoParkPlanner.exe"" ""%1"""; Tasks: assoc

[Run]
Filename: "{app}\EcoParkPlanner.exe"; Parameters: """{app}\_internal\layouts\liaobin_coastal.gpkg"""; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
