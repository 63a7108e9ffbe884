#!/usr/bin/env bash
# Runs Debian's SimpleSAMLphp as a real SAML 2.0 identity provider for Portico, on
# http://localhost:8080, with its configuration in a throwaway directory (nothing under
# /etc is changed). Portico's SP metadata is read from the running portal, as an IdP
# administrator would import it. See docs/sso.md, "Trying a real IdP: SimpleSAMLphp".
#
#   tools/sso/simplesamlphp-idp.sh [portico-url]      (default http://localhost:3000)
#
# Then start Portico against it:
#   SAML_IDP_METADATA=http://localhost:8080/saml2/idp/metadata.php npm start
set -euo pipefail
portico=${1:-http://localhost:3000}
idp=http://localhost:8080
www=/usr/share/simplesamlphp/www

if [ ! -d "$www" ] || ! command -v php >/dev/null || ! php -r "exit(class_exists('DOMDocument') ? 0 : 1);"; then
  echo "Needs Debian's simplesamlphp with PHP: sudo apt-get install -y simplesamlphp php-cli php-xml php-mbstring php-curl" >&2
  exit 1
fi

work=$(mktemp -d /tmp/portico-simplesamlphp.XXXXXX)
mkdir -p "$work/config" "$work/metadata" "$work/cert"
echo "SimpleSAMLphp configuration in $work"

openssl req -x509 -newkey rsa:2048 -sha256 -days 365 -nodes -subj '/CN=SimpleSAMLphp IdP for Portico' \
  -keyout "$work/cert/idp.key" -out "$work/cert/idp.crt" 2>/dev/null

# Portico's service provider metadata, exactly as it publishes it.
curl -fsS "$portico/auth/saml/metadata" -o "$work/metadata/portico-sp.xml" || {
  echo "Could not read $portico/auth/saml/metadata: start Portico first (npm start), then run this again." >&2
  exit 1
}

cat > "$work/config/config.php" <<PHP
<?php
\$config = [
    'baseurlpath' => '$idp/',
    'certdir' => '$work/cert/',
    'loggingdir' => '$work/',
    'datadir' => '$work/',
    'tempdir' => '$work/',
    'technicalcontact_name' => 'Portico developers',
    'technicalcontact_email' => 'na@example.org',
    'secretsalt' => '$(openssl rand -hex 16)',
    'auth.adminpassword' => '$(openssl rand -hex 16)',
    'admin.protectindexpage' => true,
    'admin.protectmetadata' => false,
    'timezone' => 'UTC',
    'logging.level' => SimpleSAML\Logger::NOTICE,
    'logging.handler' => 'errorlog',
    'enable.saml20-idp' => true,
    'module.enable' => ['exampleauth' => true, 'core' => true, 'saml' => true],
    'session.cookie.name' => 'SimpleSAMLSessionID',
    'session.cookie.secure' => false,
    'store.type' => 'phpsession',
    'metadata.sources' => [
        ['type' => 'flatfile', 'directory' => '$work/metadata'],
        ['type' => 'xml', 'file' => '$work/metadata/portico-sp.xml'],
    ],
    'theme.use' => 'default',
    'language.available' => ['en', 'es'],
];
PHP

# Three people of the demo company, with the attributes Portico maps by default.
cat > "$work/config/authsources.php" <<'PHP'
<?php
$config = [
    'admin' => ['core:AdminPassword'],
    'portico-people' => [
        'exampleauth:UserPass',
        'emma:emma' => [
            'email' => 'emma.lopez@lumenworks.example',
            'employeeNumber' => 'E10101',
            'displayName' => 'Emma López',
        ],
        'priya:priya' => [
            'email' => 'priya.nair@lumenworks.example',
            'displayName' => 'Priya Nair',
            'groups' => ['portico-hr-agents'],
        ],
        'olivia:olivia' => [
            'email' => 'olivia.brooks@lumenworks.example',
            'employeeNumber' => 'E10104',
            'displayName' => 'Olivia Brooks',
            'groups' => ['portico-hr-agents', 'portico-hr-admins'],
        ],
    ],
];
PHP

cat > "$work/metadata/saml20-idp-hosted.php" <<'PHP'
<?php
$metadata['__DYNAMIC:1__'] = [
    'host' => '__DEFAULT__',
    'privatekey' => 'idp.key',
    'certificate' => 'idp.crt',
    'auth' => 'portico-people',
    'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    'saml20.sign.assertion' => true,
    'saml20.sign.response' => true,
    'NameIDFormat' => 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    'authproc' => [
        // The NameID is the email address.
        3 => ['class' => 'saml:AttributeNameID', 'attribute' => 'email', 'Format' => 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'],
    ],
];
PHP
touch "$work/metadata/saml20-sp-remote.php"

echo "IdP metadata: $idp/saml2/idp/metadata.php   users: emma/emma, priya/priya, olivia/olivia"
echo "Start Portico with: SAML_IDP_METADATA=$idp/saml2/idp/metadata.php npm start"
cd "$www"
SIMPLESAMLPHP_CONFIG_DIR="$work/config" exec php -S localhost:8080 -t "$www" 2>&1 | sed -u 's/^/[simplesamlphp] /'
