{{/* Chart name, truncated to the 63 characters Kubernetes names allow. */}}
{{- define "procura.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name; the release name alone when it already contains the chart name. */}}
{{- define "procura.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "procura.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "procura.selectorLabels" -}}
app.kubernetes.io/name: {{ include "procura.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "procura.labels" -}}
helm.sh/chart: {{ include "procura.chart" . }}
{{ include "procura.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: procura
{{- end }}

{{- define "procura.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "procura.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "procura.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* A MicroProfile Config / Liberty setting name as its environment variable: procura.db.url -> PROCURA_DB_URL. */}}
{{- define "procura.envName" -}}
{{- regexReplaceAll "[^A-Za-z0-9]" . "_" | upper }}
{{- end }}

{{/* An env entry read from an existing Secret. Argument: list of env name, secret name, key. */}}
{{- define "procura.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 | quote }}
      key: {{ index . 2 | quote }}
{{- end }}

{{- define "procura.dbRootCertPath" -}}/etc/procura/postgresql/ca.crt{{- end }}
{{- define "procura.jwtKeyPath" -}}/etc/procura/jwt/signing-key.pem{{- end }}
{{- define "procura.kafkaCaPath" -}}/etc/procura/kafka/ca.crt{{- end }}

{{/*
The databases: control database and tenant servers. Inline env, shared by the server pods and
the migration job (a pre-install hook: it may read only Secrets that exist before the release).
*/}}
{{- define "procura.databaseEnv" -}}
{{- $pg := .Values.postgresql -}}
- name: PROCURA_DB_URL
  value: {{ $pg.control.url | quote }}
- name: PROCURA_DB_USER
  value: {{ $pg.control.user | quote }}
{{ include "procura.secretEnv" (list "PROCURA_DB_PASSWORD" $pg.control.passwordSecret.name $pg.control.passwordSecret.key) }}
- name: PROCURA_DB_SSLMODE
  value: {{ $pg.sslMode | quote }}
{{- if $pg.allowInsecure }}
- name: PROCURA_DB_ALLOW_INSECURE
  value: "true"
{{- end }}
{{- if $pg.rootCertSecret.name }}
- name: PROCURA_DB_SSLROOTCERT
  value: {{ include "procura.dbRootCertPath" . | quote }}
{{- end }}
{{- if $pg.tenantServers }}
{{- $names := list }}
{{- range $pg.tenantServers }}
{{- if has .name $names }}
{{- fail (printf "postgresql.tenantServers: the name %q appears twice" .name) }}
{{- end }}
{{- $names = append $names .name }}
{{- end }}
- name: PROCURA_TENANTS_SERVERS
  value: {{ join "," $names | quote }}
{{- range $pg.tenantServers }}
{{- $prefix := printf "procura.tenants.server.%s." .name }}
- name: {{ include "procura.envName" (print $prefix "url") }}
  value: {{ .url | quote }}
{{- if .user }}
- name: {{ include "procura.envName" (print $prefix "user") }}
  value: {{ .user | quote }}
{{- end }}
{{- if .passwordSecret }}
{{ include "procura.secretEnv" (list (include "procura.envName" (print $prefix "password")) .passwordSecret.name .passwordSecret.key) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/* Settings that are secrets, each from an existing Secret. */}}
{{- define "procura.secretsEnv" -}}
{{ include "procura.secretEnv" (list "PROCURA_TENANTS_MASTER_KEY" .Values.tenants.masterKeySecret.name .Values.tenants.masterKeySecret.key) }}
{{ include "procura.secretEnv" (list "PROCURA_AUDIT_SIGNING_KEY" .Values.audit.signingKeySecret.name .Values.audit.signingKeySecret.key) }}
{{ include "procura.secretEnv" (list "PROCURA_ADMIN_EMAIL" .Values.admin.credentialsSecret.name .Values.admin.credentialsSecret.emailKey) }}
{{ include "procura.secretEnv" (list "PROCURA_ADMIN_PASSWORD" .Values.admin.credentialsSecret.name .Values.admin.credentialsSecret.passwordKey) }}
{{- with .Values.s3.credentialsSecret }}
{{- if .name }}
{{ include "procura.secretEnv" (list "PROCURA_S3_ACCESS_KEY" .name .accessKeyKey) }}
{{ include "procura.secretEnv" (list "PROCURA_S3_SECRET_KEY" .name .secretKeyKey) }}
{{- end }}
{{- end }}
{{- with .Values.smtp.credentialsSecret }}
{{- if .name }}
{{ include "procura.secretEnv" (list "PROCURA_SMTP_USERNAME" .name .usernameKey) }}
{{ include "procura.secretEnv" (list "PROCURA_SMTP_PASSWORD" .name .passwordKey) }}
{{- end }}
{{- end }}
{{- with .Values.kafka.saslJaasConfigSecret }}
{{- if .name }}
{{ include "procura.secretEnv" (list "PROCURA_KAFKA_SASL_JAAS_CONFIG" .name .key) }}
{{- end }}
{{- end }}
{{- if and .Values.telemetry.enabled .Values.telemetry.headersSecret.name }}
{{ include "procura.secretEnv" (list "OTEL_EXPORTER_OTLP_HEADERS" .Values.telemetry.headersSecret.name .Values.telemetry.headersSecret.key) }}
{{- end }}
{{- end }}

{{/* Volumes for the files a server pod reads or writes. */}}
{{- define "procura.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.liberty.tmpSizeLimit }}
- name: liberty-output
  emptyDir:
    sizeLimit: {{ .Values.liberty.outputSizeLimit }}
- name: liberty-logs
  emptyDir:
    sizeLimit: {{ .Values.liberty.logsSizeLimit }}
- name: liberty-config
  configMap:
    name: {{ include "procura.fullname" . }}-liberty
- name: jwt-signing-key
  secret:
    secretName: {{ .Values.jwt.signingKeySecret.name | quote }}
    defaultMode: 292  # 0444
    items:
      - key: {{ .Values.jwt.signingKeySecret.key | quote }}
        path: signing-key.pem
{{- with .Values.postgresql.rootCertSecret }}
{{- if .name }}
- name: postgresql-ca
  secret:
    secretName: {{ .name | quote }}
    defaultMode: 292  # 0444
    items:
      - key: {{ .key | quote }}
        path: ca.crt
{{- end }}
{{- end }}
{{- with .Values.kafka.truststoreSecret }}
{{- if .name }}
- name: kafka-ca
  secret:
    secretName: {{ .name | quote }}
    defaultMode: 292  # 0444
    items:
      - key: {{ .key | quote }}
        path: ca.crt
{{- end }}
{{- end }}
{{- end }}

{{- define "procura.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: liberty-output
  mountPath: /opt/ol/wlp/output
- name: liberty-logs
  mountPath: /logs
- name: liberty-config
  mountPath: /opt/ol/wlp/usr/servers/defaultServer/configDropins/overrides/procura-logging.xml
  subPath: logging.xml
  readOnly: true
- name: jwt-signing-key
  mountPath: /etc/procura/jwt
  readOnly: true
{{- if .Values.postgresql.rootCertSecret.name }}
- name: postgresql-ca
  mountPath: /etc/procura/postgresql
  readOnly: true
{{- end }}
{{- if .Values.kafka.truststoreSecret.name }}
- name: kafka-ca
  mountPath: /etc/procura/kafka
  readOnly: true
{{- end }}
{{- end }}
