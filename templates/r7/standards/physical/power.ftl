<#assign sysM = roles.systemManager.title>
<#assign chief = roles.chiefOfficer.title>
<#assign cs = (chief == sysM)?then(chief, chief + "及び" + sysM)>
1. ${sysM}は、停電の際にサーバ等を安全に停止させるまでの間、必要な電力を供給することができる容量の無停電電源装置等を備えなければならない。
1. ${sysM}は、落雷等による過電流からサーバ等を保護するための措置を講じなければならない。
1. ${cs}は、停電が長時間に及ぶ場合に備え、業務の継続に必要なサーバ等及び通信回線装置に非常用の発電設備から電力を供給することができるよう、施設を管理する部署と調整しなければならない。
